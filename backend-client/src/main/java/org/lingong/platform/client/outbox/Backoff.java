package org.lingong.platform.client.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.lingong.platform.api.retry.RetryPolicy;

/**
 * Counts consecutive failures and asks the {@link RetryPolicy} for the wait: doubling from {@code first} up to
 * {@code max}, with half jitter (uniform in [cap/2, cap]). Not thread-safe (owned by the dispatcher thread).
 */
final class Backoff {

    private static final double HALF_JITTER = 0.5;

    private final RetryPolicy policy;
    private final DoubleSupplier random;
    private int failures;

    /** @param random returns a value in [0, 1) */
    Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.policy = new RetryPolicy(first, max, 2.0, HALF_JITTER);
        this.random = random;
    }

    Duration next() {
        failures++;
        return policy.delay(failures - 1, random.getAsDouble());
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}
