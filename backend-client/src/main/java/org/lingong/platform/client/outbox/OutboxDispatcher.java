package org.lingong.platform.client.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to the platform's batch endpoint. Events go in queue order, so one worker's
 * events arrive in the order they happened; an event the platform refuses for good is parked, and
 * that worker's later events wait behind it until staff retry it. Delivery is idempotent by event id,
 * so an answer lost on the way (cut connection, crash, kill -9) only means the batch is sent again
 * and the platform reports its events as duplicates.
 *
 * <p>Threading: {@link #start()} runs one background thread; {@link #flush()} may also be called
 * from any thread (tests, a staff "send now" button) and is serialised with it.
 */
public final class OutboxDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final PlatformApi api;
    private final DispatcherSettings settings;
    private final Clock clock;
    private final ReentrantLock flushing = new ReentrantLock();
    private final Object signal = new Object();
    private final Backoff backoff;
    private volatile int batchLimit;
    private volatile boolean running;
    private volatile DispatchReport lastReport;
    private final List<Consumer<DispatchReport>> refusalListeners = new CopyOnWriteArrayList<>();
    private Thread thread;
    private boolean woken;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxDispatcher(Outbox outbox, PlatformApi api, DispatcherSettings settings, Clock clock) {
        this.outbox = outbox;
        this.api = api;
        this.settings = settings;
        this.clock = clock;
        this.batchLimit = settings.batchSize();
        this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff(),
                bound -> ThreadLocalRandom.current().nextLong(bound));
    }

    /**
     * Delivers until nothing deliverable is left or the platform stops answering. Blocking; never
     * throws for network or platform failures (they are in the report).
     */
    public DispatchReport flush() {
        flushing.lock();
        try {
            DispatchReport report = deliverAll();
            lastReport = report;
            if (report.parked() > 0) {
                tellRefusals(report);
            }
            return report;
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Calls {@code listener} after every flush that parked an event (the platform refused it for good), on the thread
     * that flushed, before {@link #flush()} returns: the kiosk learns of a refusal as soon as the platform gives it. A
     * listener that throws is logged and does not stop delivery.
     */
    public void onRefusals(Consumer<DispatchReport> listener) {
        refusalListeners.add(listener);
    }

    private void tellRefusals(DispatchReport report) {
        for (Consumer<DispatchReport> listener : refusalListeners) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                log.warn("A refusal listener failed: {}", e.toString());
            }
        }
    }

    /** The report of the last flush, or null before the first. */
    public DispatchReport lastReport() {
        return lastReport;
    }

    /** Starts the background thread (daemon, named {@code outbox-dispatcher}). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::runLoop, "outbox-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the background thread to deliver now (e.g. after an append), cutting short an idle wait or backoff. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Stops the background thread and waits up to 10 s for a flush in progress to end. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            this.running = false;
            running = thread;
            thread = null;
        }
        if (running != null) {
            running.interrupt();
            wake();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runLoop() {
        while (running) {
            Duration wait;
            try {
                wait = afterFlush(flush());
                purgeOccasionally();
            } catch (RuntimeException e) {
                log.error("Outbox dispatch failed: {}", e.toString());
                wait = backoff.next();
            }
            await(wait);
        }
    }

    private Duration afterFlush(DispatchReport report) {
        if (report.stop() == DispatchReport.Stop.DRAINED) {
            backoff.reset();
            return settings.idlePoll();
        }
        Duration wait = backoff.next();
        log.info("Outbox: {} ({}); next attempt in {} s", report.stop(), report.detail(), wait.toSeconds());
        return wait;
    }

    private DispatchReport deliverAll() {
        int delivered = 0;
        int parked = 0;
        int retrying = 0;
        while (true) {
            List<OutgoingEvent> batch = outbox.nextBatch(batchLimit);
            if (batch.isEmpty()) {
                return new DispatchReport(delivered, parked, retrying, DispatchReport.Stop.DRAINED, null);
            }
            DeliveryRound round = sendBatch(batch);
            delivered += round.delivered;
            parked += round.parked;
            retrying += round.retrying;
            if (round.stop != null) {
                return new DispatchReport(delivered, parked, retrying, round.stop, round.detail);
            }
            if (round.delivered + round.parked == 0 && !round.resized) {
                return new DispatchReport(delivered, parked, retrying, DispatchReport.Stop.NO_PROGRESS,
                        "every event of the batch was refused for a passing reason");
            }
        }
    }

    private DeliveryRound sendBatch(List<OutgoingEvent> batch) {
        List<EventEnvelope> envelopes = batch.stream().map(OutgoingEvent::envelope).toList();
        ApiResult<EventBatchResult> answer = api.sendEvents(envelopes);
        if (answer instanceof ApiResult.Success<EventBatchResult> success) {
            return settle(batch, success.value());
        }
        if (answer instanceof ApiResult.Rejected<EventBatchResult> rejected) {
            return refused(batch, rejected);
        }
        ApiResult.Unavailable<EventBatchResult> unavailable = (ApiResult.Unavailable<EventBatchResult>) answer;
        return DeliveryRound.stopped(DispatchReport.Stop.UNAVAILABLE, unavailable.cause() + " " + unavailable.detail());
    }

    private DeliveryRound settle(List<OutgoingEvent> batch, EventBatchResult result) {
        List<Settlement> settlements;
        try {
            settlements = BatchOutcomes.settle(batch, result);
        } catch (IllegalArgumentException e) {
            return DeliveryRound.stopped(DispatchReport.Stop.UNAVAILABLE, e.getMessage());
        }
        outbox.settle(settlements);
        batchLimit = Math.min(settings.batchSize(), batchLimit * 2);
        return DeliveryRound.of(settlements);
    }

    /** The whole batch was refused: an auth problem stops; otherwise shrink the batch until the culprit is alone, then park it. */
    private DeliveryRound refused(List<OutgoingEvent> batch, ApiResult.Rejected<EventBatchResult> rejected) {
        var problem = rejected.problem();
        if (problem.status() == 401 || problem.status() == 403) {
            return DeliveryRound.stopped(DispatchReport.Stop.UNAUTHORIZED, problem.reason() + ": " + problem.detail());
        }
        if (batch.size() > 1) {
            batchLimit = Math.max(1, batch.size() / 2);
            log.warn("Outbox batch of {} refused ({}); retrying with {}", batch.size(), problem.reason(), batchLimit);
            return DeliveryRound.resized();
        }
        Settlement settlement = BatchOutcomes.rejected(batch.get(0), problem);
        outbox.settle(List.of(settlement));
        return DeliveryRound.of(List.of(settlement));
    }

    private void purgeOccasionally() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(Duration.ofHours(1)) >= 0) {
            int purged = outbox.purgeDelivered(settings.retention());
            lastPurge = now;
            if (purged > 0) {
                log.info("Outbox: deleted {} delivered events older than {}", purged, settings.retention());
            }
        }
    }

    private void await(Duration wait) {
        synchronized (signal) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (running && !woken) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    if (!running) {
                        break;
                    }
                }
            }
            woken = false;
        }
    }
}
