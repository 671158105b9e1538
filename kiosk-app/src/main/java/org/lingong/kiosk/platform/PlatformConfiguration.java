package org.lingong.kiosk.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.kiosk.attract.DemoServiceItemSource;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.platform.client.catalog.JobCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform-backed ports, active unless {@code kiosk.platform.enabled=false}: one {@link BackendClient} over
 * {@code kiosk.platform.data-dir} (opened here, closed when the context closes), the {@link PlatformConnection}
 * that keeps it connected (and reloads the attract screen's service items and catalog time after each refresh), and
 * the job catalog, catalog freshness, service item and registration ports built on it.
 *
 * <p>Life cycle: this configuration is the connection's {@link SmartLifecycle}: it starts it once every bean exists
 * (starting never blocks: the connection works on its own thread) and stops it on shutdown, before the backend client
 * is closed by its destroy method.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
@ConditionalOnProperty(name = "kiosk.platform.enabled", havingValue = "true", matchIfMissing = true)
public class PlatformConfiguration implements SmartLifecycle {

    /** The version the kiosk reports at enrollment and in heartbeats. */
    static final String APP_VERSION = Optional
            .ofNullable(PlatformConfiguration.class.getPackage().getImplementationVersion()).orElse("0.1.0-dev");

    private final ObjectProvider<PlatformConnection> connection;
    private volatile boolean running;

    PlatformConfiguration(ObjectProvider<PlatformConnection> connection) {
        this.connection = connection;
    }

    @Bean(destroyMethod = "close")
    BackendClient backendClient(PlatformProperties properties) throws IOException {
        return BackendClient.open(BackendSettings.of(properties.url(), properties.dataDirectory(), APP_VERSION),
                Clock.systemUTC());
    }

    /** The offline job catalog for the job search; the backend client owns and closes it. */
    @Bean(destroyMethod = "")
    JobCatalog jobCatalog(BackendClient backend) {
        return backend.catalog();
    }

    @Bean
    PlatformContent platformContent() {
        return new PlatformContent();
    }

    @Bean
    PlatformConnection platformConnection(BackendClient backend, PlatformProperties properties, KioskProperties kiosk,
            DriverStatusSource status, PlatformContent content, AttractViewModel attract, TaskExecutor executor) {
        return new PlatformConnection(backend, properties, kiosk.station().code(), status, content,
                () -> executor.runOnUiThread(attract::refresh));
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

    @Override
    public void start() {
        connection.getObject().start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        connection.getObject().stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
