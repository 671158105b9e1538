package org.lingong.platform.client.outbox;

import java.time.Duration;
import org.lingong.platform.api.events.EventBatch;

/**
 * @param batchSize      events per request, 1-{@value EventBatch#MAX_EVENTS}; halved automatically if the platform finds a batch too large
 * @param firstBackoff   wait after the first failed round; doubled per failure, with full jitter
 * @param maxBackoff     longest wait between rounds while the platform is unavailable
 * @param idlePoll       wait between rounds when the queue is empty (appends wake the dispatcher at once)
 * @param retention      how long delivered events are kept before they are deleted
 */
public record DispatcherSettings(int batchSize, Duration firstBackoff, Duration maxBackoff, Duration idlePoll,
                                 Duration retention) {

    public DispatcherSettings {
        if (batchSize < 1 || batchSize > EventBatch.MAX_EVENTS) {
            throw new IllegalArgumentException("batchSize must be 1-" + EventBatch.MAX_EVENTS);
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("need 0 < firstBackoff <= maxBackoff");
        }
    }

    /** 200 per batch, backoff 2 s to 5 min, poll every 30 s, keep delivered events 7 days. */
    public static DispatcherSettings defaults() {
        return new DispatcherSettings(200, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(7));
    }

    public DispatcherSettings withBatchSize(int size) {
        return new DispatcherSettings(size, firstBackoff, maxBackoff, idlePoll, retention);
    }

    public DispatcherSettings withBackoff(Duration first, Duration max) {
        return new DispatcherSettings(batchSize, first, max, idlePoll, retention);
    }
}
