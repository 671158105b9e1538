package org.lingong.platform.client;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.stats.StatsReport;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.client.catalog.JobCatalog;
import org.lingong.platform.client.enrollment.Enrollment;
import org.lingong.platform.client.enrollment.EnrollmentException;
import org.lingong.platform.client.enrollment.IdentityStore;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.enrollment.TerminalStatus;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.platform.client.outbox.DispatchReport;
import org.lingong.platform.client.outbox.EventState;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.OutboxDispatcher;
import org.lingong.platform.client.outbox.OutboxStats;
import org.lingong.platform.client.outbox.ParkedEvent;
import org.lingong.platform.client.referral.ReferralIssuer;
import org.lingong.platform.client.remote.RemoteControl;
import org.lingong.platform.client.remote.RemoteStateStore;
import org.lingong.platform.api.remote.DiagnosticBundle;
import org.lingong.platform.api.remote.DiagnosticReceipt;
import org.lingong.platform.client.referral.ReferralVerifier;

/**
 * The kiosk's one entry point to the platform, wiring the parts over one data directory: the signed
 * {@link PlatformClient}, the stored identity, the {@link Outbox} and its {@link OutboxDispatcher},
 * the {@link JobCatalog}, and referral tokens. Only the catalog and the referral tokens are handed out; HTTP client,
 * enrollment, outbox and dispatcher stay inside, reached through the methods here. The outbox and catalog work before
 * enrollment and offline; delivery, refresh and referral issuing need an identity.
 *
 * <p>Life cycle: {@link #open}, then {@link #start()} (background delivery), {@link #close()} at exit.
 * Thread-safe; blocking methods (enroll, refresh, heartbeat) must run off the UI thread.
 */
public final class BackendClient implements AutoCloseable {

    private final BackendSettings settings;
    private final Clock clock;
    private final PlatformClient client;
    private final IdentityStore identities;
    private final Enrollment enrollment;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final JobCatalog catalog;
    private final RemoteControl remote;
    private volatile TerminalIdentity identity;

    private BackendClient(BackendSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        this.clock = clock;
        Files.createDirectories(settings.dataDirectory());
        this.client = PlatformClient.create(settings.platformUrl(), settings.http(), clock);
        this.identities = new IdentityStore(settings.dataDirectory());
        this.enrollment = new Enrollment(client, identities, clock);
        this.outbox = Outbox.open(settings.dataDirectory());
        this.dispatcher = new OutboxDispatcher(outbox, client.api(), settings.dispatcher(), clock);
        this.catalog = JobCatalog.open(settings.dataDirectory(), client.api(), clock);
        this.identity = identities.load().orElse(null);
        this.remote = new RemoteControl(new RemoteStateStore(settings.dataDirectory()), this::identity);
        if (identity != null) {
            enrollment.use(identity);
        }
    }

    /**
     * Opens the data directory and loads a stored identity, if any.
     *
     * @throws IOException if the identity files are damaged or readable by others
     * @throws org.lingong.platform.client.storage.StoreFormatException if the outbox or catalog file is foreign or corrupted
     */
    public static BackendClient open(BackendSettings settings, Clock clock) throws IOException {
        return new BackendClient(settings, clock);
    }

    /** Starts background delivery of the outbox. */
    public void start() {
        dispatcher.start();
    }

    public Optional<TerminalIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** Enrolls with a one-time code from the platform operator; see {@link Enrollment#enroll}. */
    public TerminalIdentity enroll(String stationCode, String oneTimeCode) throws EnrollmentException {
        identity = enrollment.enroll(stationCode, oneTimeCode, settings.appVersion());
        dispatcher.wake();
        return identity;
    }

    /** Asks the platform whether this terminal's enrollment still stands; blocking. */
    public TerminalStatus checkEnrollment() {
        return enrollment.check();
    }

    /**
     * Queues an event for the platform (durable once this returns) and wakes delivery.
     *
     * @return false if an event with this id was queued before (nothing changes)
     */
    public boolean send(EventEnvelope event) {
        boolean added = outbox.append(event);
        dispatcher.wake();
        return added;
    }

    /** Where an event sent from this kiosk stands; empty once it is delivered and purged, or if it never was sent. */
    public Optional<EventState> eventState(UUID eventId) {
        return outbox.state(eventId);
    }

    /** A sent event that is still held (queued or parked). */
    public Optional<EventEnvelope> heldEvent(UUID eventId) {
        return outbox.event(eventId);
    }

    /** Queue depth, parked count and age of the oldest waiting event. */
    public OutboxStats outboxStats() {
        return outbox.stats();
    }

    /** Events the platform refused for good, oldest first. */
    public List<ParkedEvent> parkedEvents() {
        return outbox.parked();
    }

    /** True if a refused event of this worker is parked. */
    public boolean hasParked(String workerRef) {
        return outbox.hasParked(workerRef);
    }

    /** Queues every parked event again and wakes delivery; returns how many. */
    public int retryAllParked() {
        int count = outbox.retryAllParked();
        dispatcher.wake();
        return count;
    }

    /** Called after every delivery round in which the platform refused an event for good (it is parked). */
    public void onRefusals(Consumer<DispatchReport> listener) {
        dispatcher.onRefusals(listener);
    }

    /** Wakes background delivery now instead of at its next round (e.g. when the platform answers again). */
    public void deliverSoon() {
        dispatcher.wake();
    }

    /** Delivers what is queued now, in this thread; blocking. */
    public DispatchReport deliverNow() {
        return dispatcher.flush();
    }

    /** Stops background delivery (queued events stay queued for the next start). */
    public void stopDelivery() {
        dispatcher.close();
    }

    /** Fetches the content bundle (announcements, fairs, courses, work categories, contact policy); blocking. */
    public ApiResult<ContentBundle> fetchContent() {
        return client.api().content();
    }

    /** Fetches the station's appointment calendar (slots with free seats) and its bookings; blocking. */
    public ApiResult<org.lingong.platform.api.appointments.AppointmentCalendar> fetchAppointments() {
        return client.api().appointments();
    }

    /** Fetches this station's figures (visits, ratings, calls, the funnel …) for {@code day}; blocking. */
    public ApiResult<StatsReport> fetchStationStats(LocalDate day) {
        return client.api().stationStats(day, day);
    }

    public JobCatalog catalog() {
        return catalog;
    }

    /** @throws IllegalStateException before enrollment */
    public ReferralIssuer referralIssuer() {
        return new ReferralIssuer(requireIdentity(), clock);
    }

    /** @throws IllegalStateException before enrollment */
    public ReferralVerifier referralVerifier() {
        return new ReferralVerifier(requireIdentity(), client.api(), clock);
    }

    /** Sends a heartbeat with the devices' states and the outbox figures; blocking. */
    public ApiResult<HeartbeatAck> sendHeartbeat(List<DeviceReport> devices, long contentVersion) {
        return sendHeartbeat(devices, contentVersion, List.of());
    }

    /**
     * Sends a heartbeat with the devices' states, the outbox figures (the parked count included) and the first
     * {@value Heartbeat#MAX_PARKED_REPORTS} of {@code parked}; blocking.
     */
    public ApiResult<HeartbeatAck> sendHeartbeat(List<DeviceReport> devices, long contentVersion,
                                                 List<ParkedReport> parked) {
        OutboxStats stats = outbox.stats();
        long freeBytes = settings.dataDirectory().toFile().getUsableSpace();
        return client.api().heartbeat(new Heartbeat(settings.appVersion(), devices, stats.depth() + stats.parked(),
                stats.oldestAge().toSeconds(), freeBytes, contentVersion, stats.parked(),
                parked.subList(0, Math.min(parked.size(), Heartbeat.MAX_PARKED_REPORTS)), remote.report()));
    }

    /**
     * Remote configuration and commands: hand it the {@link HeartbeatAck#orders()} of each heartbeat answer; its
     * report travels in every heartbeat.
     */
    public RemoteControl remote() {
        return remote;
    }

    /** Uploads a redacted diagnostic bundle ({@code POST /api/v1/diagnostics}); blocking. */
    public ApiResult<DiagnosticReceipt> uploadDiagnostics(DiagnosticBundle bundle) {
        return client.api().uploadDiagnostics(bundle);
    }

    /**
     * The platform's time minus this kiosk's (positive: the kiosk is behind), from the last answer's {@code Date}
     * header; empty before the platform answered. A kiosk more than 5 minutes off has its signed requests refused.
     */
    public Optional<Duration> clockSkew() {
        return client.clockSkew().latest();
    }

    private TerminalIdentity requireIdentity() {
        TerminalIdentity current = identity;
        if (current == null) {
            throw new IllegalStateException("the terminal is not enrolled");
        }
        return current;
    }

    @Override
    public void close() {
        dispatcher.close();
        catalog.close();
        outbox.close();
        client.close();
    }
}
