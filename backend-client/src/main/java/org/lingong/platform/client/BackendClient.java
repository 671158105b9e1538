package org.lingong.platform.client;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.client.catalog.JobCatalog;
import org.lingong.platform.client.enrollment.Enrollment;
import org.lingong.platform.client.enrollment.EnrollmentException;
import org.lingong.platform.client.enrollment.IdentityStore;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.OutboxDispatcher;
import org.lingong.platform.client.outbox.OutboxStats;
import org.lingong.platform.client.referral.ReferralIssuer;
import org.lingong.platform.client.referral.ReferralVerifier;

/**
 * The kiosk's one entry point to the platform, wiring the parts over one data directory: the signed
 * {@link PlatformClient}, the stored identity, the {@link Outbox} and its {@link OutboxDispatcher},
 * the {@link JobCatalog}, and referral tokens. The outbox and catalog work before enrollment and
 * offline; delivery, refresh and referral issuing need an identity.
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

    public Enrollment enrollment() {
        return enrollment;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
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
                parked.subList(0, Math.min(parked.size(), Heartbeat.MAX_PARKED_REPORTS))));
    }

    /**
     * The platform's time minus this kiosk's (positive: the kiosk is behind), from the last answer's {@code Date}
     * header; empty before the platform answered. A kiosk more than 5 minutes off has its signed requests refused.
     */
    public Optional<Duration> clockSkew() {
        return client.clockSkew().latest();
    }

    public PlatformClient platform() {
        return client;
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
