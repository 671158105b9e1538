package org.lingong.kiosk.remote;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.staff.StaffPrinter;
import org.lingong.platform.client.BackendClient;
import java.util.function.Consumer;

import org.lingong.kiosk.attract.ServiceItemSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Remote configuration's beans: the live settings (printer, station name, idle times, service items, log level) and,
 * on the platform, the orders handler the platform connection hands each heartbeat's orders to.
 */
@Configuration(proxyBeanMethods = false)
public class RemoteConfiguration {

    /** Spring Boot's view of all property sources together (it would bring the overlay back). */
    private static final String CONFIGURATION_PROPERTIES = "configurationProperties";

    /** The version the kiosk reports in its diagnostic bundle. */
    static final String APP_VERSION = Optional
            .ofNullable(RemoteConfiguration.class.getPackage().getImplementationVersion()).orElse("0.1.0-dev");

    /**
     * Puts the stored remote configuration above {@code config/kiosk.yml} at start (see {@link RemoteSettingsOverlay});
     * only when the kiosk is on the platform.
     */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> settingsOverlay() {
        return context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            if (environment.getProperty("kiosk.platform.enabled", Boolean.class, true)) {
                RemoteSettingsOverlay.stored(Path.of(environment.getProperty("kiosk.platform.data-dir", "data/kiosk")))
                        .ifPresent(properties -> environment.getPropertySources()
                                .addFirst(new MapPropertySource(RemoteSettingsOverlay.SOURCE_NAME, properties)));
            }
        };
    }

    /**
     * The printer's settings as the kiosk's own files give them, without the remote overlay: what a remote
     * configuration that leaves them empty brings back.
     */
    static DevicesProperties.Printer ownPrinter(ConfigurableEnvironment environment) {
        return ownSettings(environment).bindOrCreate("kiosk.devices.printer", DevicesProperties.Printer.class);
    }

    /**
     * The station's name as the kiosk's own files give it ({@code kiosk.station.name}), without the remote overlay:
     * what a remote configuration that leaves it empty brings back. {@code inForceAtStart} if none is found (the
     * start would have failed without one).
     */
    static String ownStationName(ConfigurableEnvironment environment, String inForceAtStart) {
        String own = ownSettings(environment).bind("kiosk.station.name", String.class).map(String::strip).orElse("");
        return own.isEmpty() ? inForceAtStart : own;
    }

    /** A binder over the kiosk's own property sources: every one but the remote overlay. */
    private static Binder ownSettings(ConfigurableEnvironment environment) {
        List<PropertySource<?>> own = environment.getPropertySources().stream()
                .filter(source -> !source.getName().equals(RemoteSettingsOverlay.SOURCE_NAME)
                        && !source.getName().equals(CONFIGURATION_PROPERTIES))
                .toList();
        return new Binder(ConfigurationPropertySources.from(own), new PropertySourcesPlaceholdersResolver(own));
    }

    /** Sets the level of every kiosk, driver and client logger ({@code org.lingong}). */
    public static Consumer<String> logLevels() {
        return level -> LoggingSystem.get(RemoteConfiguration.class.getClassLoader())
                .setLogLevel("org.lingong", LogLevel.valueOf(level));
    }

    /** The attract screen is reached lazily: its service items come through these settings. */
    @Bean
    LiveSettings liveSettings(TaskExecutor executor, ObjectProvider<IdleSession> idle,
            ObjectProvider<AttractViewModel> attract, CurrentPrinterProfile printer, CurrentStation station,
            ConfigurableEnvironment environment) {
        DevicesProperties.Printer own = ownPrinter(environment);
        return new LiveSettings(logLevels(), executor, idle::getObject, () -> attract.getObject().refresh(),
                new RemotePrinterSettings(printer, own.paperWidth(), own.nativeQr()),
                new RemoteStationName(station, ownStationName(environment, station.name())));
    }

    /** The attract screen's service items: the remote configuration's list over the usual source. */
    @Bean
    @Primary
    ServiceItemSource remoteServiceItemSource(LiveSettings live, @Qualifier("serviceItemSource") ServiceItemSource usual) {
        return new RemoteServiceItems(live::serviceItems, usual);
    }

    @Bean
    @Lazy
    RemoteOrdersHandler remoteOrdersHandler(BackendClient backend, LiveSettings live, StaffPrinter printer,
            DriverStatusSource status, KioskProperties kiosk, Clock clock, TaskExecutor executor,
            AttractViewModel attract, CurrentPrinterProfile printerProfile,
            @Value("${logging.file.name:}") String logFile) {
        DiagnosticBundleBuilder diagnostics = new DiagnosticBundleBuilder(backend, status::snapshot,
                logFile.isBlank() ? Optional.empty() : Optional.of(Path.of(logFile)),
                APP_VERSION, clock, kiosk.station().zoneId(), printerProfile);
        RemoteCommands commands = new RemoteCommands(backend, printer, diagnostics,
                () -> executor.runOnUiThread(attract::refresh));
        return new RemoteOrdersHandler(backend.remote(), live, commands, new ProcessExit());
    }
}
