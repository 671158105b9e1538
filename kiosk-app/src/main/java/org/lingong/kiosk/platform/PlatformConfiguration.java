package org.lingong.kiosk.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.kiosk.attract.DemoCatalogFreshness;
import org.lingong.kiosk.attract.DemoServiceItemSource;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.callstaff.CallStaffViewModel;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.appointment.AppointmentBackend;
import org.lingong.kiosk.appointment.AppointmentBackgroundSync;
import org.lingong.kiosk.appointment.DemoAppointmentBackend;
import org.lingong.kiosk.content.ContentSource;
import org.lingong.kiosk.content.DemoContent;
import org.lingong.kiosk.content.DemoSignUpSink;
import org.lingong.kiosk.content.SignUpSink;
import org.lingong.kiosk.content.StationContent;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.policy.DemoPolicies;
import org.lingong.kiosk.policy.PolicySource;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.worktype.DemoJobCategorySource;
import org.lingong.kiosk.registration.DemoRegistrationSink;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.platform.client.http.HttpSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The platform-backed ports, or with {@code kiosk.platform.enabled=false} their demo stand-ins: one {@link BackendClient}
 * over {@code kiosk.platform.data-dir} (opened here, closed when the context closes), the {@link PlatformConnection}
 * that keeps it connected (and reloads the attract screen's service items and catalog time after each refresh), and
 * the job catalog, catalog freshness, service item, registration and content (培训, 招聘会, sign-ups) ports built on it.
 *
 * <p>The switch is read at run time inside the bean methods, never by a bean condition: the fast start
 * ({@code scripts/run-kiosk.sh}) uses bean definitions computed ahead of time at build time, which would freeze a
 * condition's outcome. The same bean names exist for either setting; the backend client and the connection are lazy,
 * so a kiosk off the platform never opens its data directory. Ask {@link PlatformProperties#enabled()} (and take the
 * client through an {@link ObjectProvider}) before touching the platform from another bean.
 *
 * <p>Life cycle: this configuration is the connection's {@link SmartLifecycle}: it starts it once every bean exists
 * (starting never blocks: the connection works on its own thread) and stops it on shutdown, before the backend client
 * is closed by its destroy method.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformConfiguration implements SmartLifecycle {

    /** The version the kiosk reports at enrollment and in heartbeats. */
    static final String APP_VERSION = Optional
            .ofNullable(PlatformConfiguration.class.getPackage().getImplementationVersion()).orElse("0.1.0-dev");

    private final ObjectProvider<PlatformConnection> connection;
    private final PlatformProperties properties;
    private volatile boolean running;

    PlatformConfiguration(ObjectProvider<PlatformConnection> connection, PlatformProperties properties) {
        this.connection = connection;
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    @Lazy
    BackendClient backendClient(PlatformProperties properties) throws IOException {
        HttpSettings http = properties.trustedCaIfAny().map(HttpSettings.defaults()::withTrustedCa)
                .orElse(HttpSettings.defaults());
        return BackendClient.open(new BackendSettings(properties.url(), properties.dataDirectory(), APP_VERSION, http, null),
                Clock.systemUTC());
    }

    @Bean
    PlatformContent platformContent() {
        return new PlatformContent();
    }

    @Bean
    @Lazy
    PlatformConnection platformConnection(BackendClient backend, PlatformProperties properties, KioskProperties kiosk,
            DriverStatusSource status, PlatformContent content, AttractViewModel attract, TaskExecutor executor,
            RefusedEvents refused, WorkerSession session, NoticeViewModel notices,
            ObjectProvider<RemoteOrdersListener> remote, ObjectProvider<CallStaffViewModel> callStaff,
            ObjectProvider<AppointmentBackgroundSync> appointments) {
        RefusalWatch watch = new RefusalWatch(refused, session, notices, executor);
        backend.onRefusals(report -> watch.refusalsArrived());
        PlatformConnection connection = new PlatformConnection(backend, properties, kiosk.station().code(), status,
                content, () -> executor.runOnUiThread(attract::refresh), refused);
        remote.ifAvailable(listener -> {
            listener.applyStored();
            connection.onOrders(listener::handle);
        });
        callStaff.ifAvailable(call -> connection.onCallsAcknowledged(call::acknowledgedAtPlatform));
        appointments.ifAvailable(sync -> connection.afterEachAnswer(sync::platformAnswered));
        return connection;
    }

    /** The one work-type list of registration and search: the platform's, or its bundled copy until one arrives. */
    @Bean
    JobCategorySource jobCategorySource(PlatformContent content) {
        return new PlatformJobCategories(content, new DemoJobCategorySource());
    }

    @Bean
    EmployerContacts employerContacts(PlatformContent content, KioskProperties kiosk,
            @Value("${kiosk.station.phone:}") String stationPhone) {
        return new EmployerContacts(content::contactPolicy, kiosk.station().name(), stationPhone.strip());
    }

    @Bean
    @Lazy
    RefusedEvents refusedEvents(BackendClient backend, KnownWorkers known, SlipReprints slips, StaffAlerts alerts,
            Messages messages) {
        return new RefusedEvents(backend, known::byWorkerRef, slips, alerts, messages);
    }

    @Bean
    CatalogFreshness catalogFreshness(ObjectProvider<BackendClient> backend) {
        return properties.enabled() ? new PlatformCatalogFreshness(backend.getObject().catalog())
                : DemoCatalogFreshness.neverSynchronised();
    }

    @Bean
    ServiceItemSource serviceItemSource(PlatformContent content) {
        return properties.enabled() ? new PlatformServiceItems(content::serviceItems, new DemoServiceItemSource())
                : new DemoServiceItemSource();
    }

    @Bean
    RegistrationSink registrationSink(ObjectProvider<BackendClient> backend) {
        return properties.enabled() ? new OutboxRegistrationSink(backend.getObject()) : new DemoRegistrationSink();
    }

    /** The 培训 and 招聘会 lists: the last content bundle, or the bundled demo content off the platform. */
    @Bean
    ContentSource contentSource(PlatformContent content, Clock clock) {
        if (!properties.enabled()) {
            return new DemoContent(clock);
        }
        return () -> content.updatedAt().map(at -> new StationContent(content.trainingCourses().orElse(List.of()),
                content.jobFairs().orElse(List.of()), content.liveSessions().orElse(List.of()), at));
    }

    /** The 政策 pages: the last content bundle's, or the bundled demo pages off the platform. */
    @Bean
    PolicySource policySource(PlatformContent content) {
        if (!properties.enabled()) {
            return new DemoPolicies();
        }
        return () -> new PolicySource.Shelf(content.policies().orElse(List.of()), false);
    }

    /** Sign-ups into the outbox, or only to the log off the platform. */
    @Bean
    SignUpSink signUpSink(ObjectProvider<BackendClient> backend, Clock clock) {
        return properties.enabled() ? new OutboxSignUpSink(backend.getObject(), clock) : new DemoSignUpSink();
    }

    /** Appointments: the platform's calendar and the outbox, or an in-memory calendar off the platform. */
    @Bean
    AppointmentBackend appointmentBackend(ObjectProvider<BackendClient> backend, Clock clock, KioskProperties kiosk) {
        return properties.enabled() ? new PlatformAppointmentBackend(backend.getObject(), clock)
                : new DemoAppointmentBackend(clock, kiosk.station().zoneId());
    }

    /** Ratings, staff calls, status checks and the visit funnel into the outbox, or only to the log off the platform. */
    @Bean
    KioskEvents kioskEvents(ObjectProvider<BackendClient> backend, Clock clock) {
        return properties.enabled() ? new OutboxKioskEvents(backend.getObject(), clock) : KioskEvents.LOG_ONLY;
    }

    /** Starts the connection, only when the kiosk is on the platform. */
    @Override
    public void start() {
        if (properties.enabled()) {
            connection.getObject().start();
            running = true;
        }
    }

    @Override
    public void stop() {
        if (running) {
            running = false;
            connection.getObject().stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
