package org.lingong.platform.client.outbox;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter: after n consecutive failures the wait is uniform in
 * [cap/2, cap] with cap = min(max, first * 2^(n-1)). Not thread-safe (owned by the dispatcher thread).
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final LongUnaryOperator random;
    private int failures;

    /** @param random given a bound b &gt; 0, returns a value in [0, b) */
    Backoff(Duration first, Duration max, LongUnaryOperator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    Duration next() {
        failures++;
        long cap = first.toMillis();
        for (int i = 1; i < failures && cap < max.toMillis(); i++) {
            cap *= 2;
        }
        cap = Math.min(cap, max.toMillis());
        return Duration.ofMillis(cap / 2 + random.applyAsLong(cap / 2 + 1));
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}
