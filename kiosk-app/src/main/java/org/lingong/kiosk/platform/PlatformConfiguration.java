package org.lingong.kiosk.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.kiosk.attract.DemoServiceItemSource;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform-backed ports, active unless {@code kiosk.platform.enabled=false}: one {@link BackendClient} over
 * {@code kiosk.platform.data-dir} (opened here, closed when the context closes), the {@link PlatformConnection}
 * that keeps it connected, and the catalog freshness, service item and registration ports built on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
@ConditionalOnProperty(name = "kiosk.platform.enabled", havingValue = "true", matchIfMissing = true)
public class PlatformConfiguration {

    /** The version the kiosk reports at enrollment and in heartbeats. */
    static final String APP_VERSION = Optional.ofNullable(PlatformConfiguration.class.getPackage().getImplementationVersion())
            .orElse("0.1.0-dev");

    @Bean(destroyMethod = "close")
    BackendClient backendClient(PlatformProperties properties) throws IOException {
        return BackendClient.open(BackendSettings.of(properties.url(), properties.dataDirectory(), APP_VERSION),
                Clock.systemUTC());
    }

    @Bean
    PlatformContent platformContent() {
        return new PlatformContent();
    }

    @Bean
    PlatformConnection platformConnection(BackendClient backend, PlatformProperties properties, KioskProperties kiosk,
            DriverStatusSource status, PlatformContent content) {
        return new PlatformConnection(backend, properties, kiosk.station().code(), status, content);
    }

    @Bean
    CatalogFreshness catalogFreshness(BackendClient backend) {
        return new PlatformCatalogFreshness(backend.catalog());
    }

    @Bean
    ServiceItemSource serviceItemSource(PlatformContent content) {
        return new PlatformServiceItems(content::serviceItems, new DemoServiceItemSource());
    }

    @Bean
    RegistrationSink registrationSink(BackendClient backend) {
        return new OutboxRegistrationSink(backend);
    }
}
