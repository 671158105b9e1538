package org.lingong.kiosk.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.retry.RetryPolicy;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.catalog.RefreshResult;
import org.lingong.platform.client.enrollment.EnrollmentException;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.ApiResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk connected to the platform: at start, on its own background thread (never the JavaFX thread, and
 * {@link #start()} returns at once), it enrolls if the kiosk has no identity and an enrollment code is configured
 * (retrying with backoff, 2 s doubling to 5 min, only while the platform is unreachable; a refused code or unknown
 * station is shown and not retried), then starts outbox delivery, refreshes the job catalog and the content bundle,
 * and schedules heartbeats (devices' states and outbox figures) and catalog refreshes; after each refresh that
 * brought news, {@code onRefreshed} runs (on this thread: it must only hand on, e.g. to the UI thread). Every change
 * of the link is shown in the status bar through {@link DriverStatusSource#platformChanged}; when the platform
 * answers again after an outage the outbox dispatcher is woken, so queued events go out at once.
 *
 * <p>Life cycle: {@link #start()} once the context is up, {@link #stop()} before the {@link BackendClient} closes
 * (driven by {@code PlatformConfiguration}, the Spring {@code SmartLifecycle}).
 *
 * <p>Threading: all platform work runs on the single thread {@code platform-connection}; accessors are thread-safe.
 */
public final class PlatformConnection {

    private static final Logger log = LoggerFactory.getLogger(PlatformConnection.class);
    private static final RetryPolicy ENROLLMENT_RETRY =
            new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), 2.0, 0.0);

    private final BackendClient backend;
    private final PlatformProperties properties;
    private final String stationCode;
    private final DriverStatusSource status;
    private volatile @Nullable ScheduledExecutorService worker;
    private volatile PlatformLink link = PlatformLink.UNREACHABLE;
    private final PlatformContent content;
    private final Runnable onRefreshed;
    private final RefusedEvents refused;
    private volatile Consumer<SignedOrders> orders = signed -> { };
    private volatile Consumer<List<UUID>> acknowledgedCalls = ids -> { };
    private final List<Runnable> afterAnswer = new CopyOnWriteArrayList<>();
    private int failedEnrollments;
    private boolean online;

    public PlatformConnection(BackendClient backend, PlatformProperties properties, String stationCode,
            DriverStatusSource status, PlatformContent content, Runnable onRefreshed, RefusedEvents refused) {
        this.backend = backend;
        this.refused = refused;
        this.content = content;
        this.onRefreshed = onRefreshed;
        this.properties = properties;
        this.stationCode = stationCode;
        this.status = status;
    }

    /**
     * Who takes the signed remote orders of a heartbeat answer (on this connection's thread, which waits for it:
     * commands run there one after the other).
     */
    public void onOrders(Consumer<SignedOrders> handler) {
        this.orders = handler;
    }

    /**
     * Who hears of this kiosk's staff calls that staff acknowledged in the console (every heartbeat answer naming any;
     * on this connection's thread: it must only hand on, e.g. to the UI thread).
     */
    public void onCallsAcknowledged(Consumer<List<UUID>> handler) {
        this.acknowledgedCalls = handler;
    }

    /**
     * Work to do after every heartbeat the platform answered, on this connection's thread (it may block for a
     * platform call, e.g. the appointment book's background sync; a failure is logged and the schedule goes on).
     */
    public void afterEachAnswer(Runnable task) {
        afterAnswer.add(task);
    }

    /** Begins connecting in the background; returns at once. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "platform-connection");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker = executor;
        executor.execute(guarded(this::connect));
    }

    /** Ends the background work and outbox delivery (waits up to 10 s for a call in progress). */
    public synchronized void stop() {
        ScheduledExecutorService executor = worker;
        worker = null;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        backend.stopDelivery();
    }

    public boolean isRunning() {
        return worker != null;
    }

    /** The link as last seen. */
    public PlatformLink link() {
        return link;
    }

    private void connect() {
        if (backend.identity().isPresent()) {
            goOnline();
            return;
        }
        Optional<String> code = properties.enrollmentCodeIfAny();
        if (code.isEmpty()) {
            show(PlatformLink.NOT_ENROLLED);
            return;
        }
        show(PlatformLink.ENROLLING);
        try {
            TerminalIdentity identity = backend.enroll(stationCode, code.get());
            log.info("Enrolled at the platform as terminal {} of station {}", identity.terminalId(), stationCode);
            goOnline();
        } catch (EnrollmentException e) {
            PlatformLink failed = PlatformLink.of(e.reason());
            show(failed);
            if (failed == PlatformLink.UNREACHABLE) {
                Duration nextRetry = ENROLLMENT_RETRY.delay(failedEnrollments++, 0.0);
                log.info("Platform unreachable for enrollment; next attempt in {} s", nextRetry.toSeconds());
                schedule(this::connect, nextRetry);
            } else {
                log.warn("Enrollment refused ({}), not retrying: {}", e.reason(), e.getMessage());
            }
        }
    }

    private void goOnline() {
        if (online) {
            return;
        }
        online = true;
        backend.start();
        refresh();
        heartbeat();
        ScheduledExecutorService executor = worker;
        if (executor != null) {
            long beat = properties.heartbeatInterval().toMillis();
            long catalog = properties.catalogRefreshInterval().toMillis();
            executor.scheduleWithFixedDelay(guarded(this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
            executor.scheduleWithFixedDelay(guarded(this::refresh), catalog, catalog, TimeUnit.MILLISECONDS);
        }
    }

    private void heartbeat() {
        ApiResult<HeartbeatAck> answer = backend.sendHeartbeat(HeartbeatReports.of(status.snapshot()),
                content.version(), refused.current().stream().map(RefusedEvent::report).toList());
        if (answer instanceof ApiResult.Success<HeartbeatAck> success) {
            boolean wasDown = link != PlatformLink.CONNECTED;
            show(PlatformLink.CONNECTED);
            if (wasDown) {
                backend.deliverSoon();
            }
            if (success.value() != null && success.value().orders() != null) {
                orders.accept(success.value().orders());
            }
            if (success.value() != null && !success.value().acknowledgedCalls().isEmpty()) {
                acknowledgedCalls.accept(success.value().acknowledgedCalls());
            }
            if (success.value() != null && success.value().contentPending()) {
                if (refreshContent()) {
                    announceRefresh();
                }
            }
            afterAnswer.forEach(task -> guarded(task).run());
        } else if (answer instanceof ApiResult.Rejected<HeartbeatAck> rejected) {
            show(rejected.terminalRevoked() ? PlatformLink.REVOKED
                    : ClockCheck.isOff(backend.clockSkew()) ? PlatformLink.CLOCK_SKEW : PlatformLink.REFUSED);
        } else {
            show(PlatformLink.UNREACHABLE);
        }
    }

    private void refresh() {
        RefreshResult result = backend.catalog().refresh();
        if (result.outcome() == RefreshResult.Outcome.COMPLETE) {
            log.info("Job catalog refreshed: {} changed, {} removed", result.changed(), result.removed());
        } else {
            log.info("Job catalog refresh {}: {}", result.outcome(), result.detail());
        }
        boolean contentArrived = refreshContent();
        if (result.outcome() == RefreshResult.Outcome.COMPLETE || contentArrived) {
            announceRefresh();
        }
    }

    private void announceRefresh() {
        try {
            onRefreshed.run();
        } catch (RuntimeException e) {
            log.warn("Refresh listener failed: {}", e.toString());
        }
    }

    private boolean refreshContent() {
        if (backend.fetchContent() instanceof ApiResult.Success<ContentBundle> success
                && success.value() != null) {
            content.update(success.value());
            return true;
        }
        return false;
    }

    private void show(PlatformLink next) {
        PlatformLink previous = link;
        link = next;
        if (previous != next) {
            log.info("Platform link: {} -> {}", previous, next);
        }
        try {
            status.platformChanged(next.state(), next.wordsKey());
        } catch (RuntimeException e) {
            log.warn("Status bar update failed: {}", e.toString());
        }
    }

    private void schedule(Runnable task, Duration delay) {
        ScheduledExecutorService executor = worker;
        if (executor != null && !executor.isShutdown()) {
            executor.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A failing round is logged and the schedule goes on. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Platform task failed: {}", e.toString());
            }
        };
    }
}
