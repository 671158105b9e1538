package org.lingong.platform.api.retry;

import java.time.Duration;

/**
 * Exponential backoff with jitter: the one retry rule of device reconnects, outbox deliveries, idempotent HTTP calls
 * and the kiosk's enrollment.
 *
 * <p>Attempt {@code n} (0-based) waits {@code min(max, initial × multiplier^n) × (1 − jitter × r)} with
 * {@code r} uniform in [0, 1): never more than {@code max}, never less than {@code initial × (1 − jitter)}.
 * The jitter keeps several kiosks (or several ports) from retrying in lock-step; a jitter of 0.5 gives a delay in
 * [cap/2, cap].
 *
 * @param initial    first delay, positive
 * @param max        cap, at least {@code initial}
 * @param multiplier growth per attempt, at least 1
 * @param jitter     fraction of the delay that is randomised, 0..1
 */
public record RetryPolicy(Duration initial, Duration max, double multiplier, double jitter) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial retry delay must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max retry delay " + max + " is below the initial " + initial);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("retry multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("retry jitter must be within 0..1, was " + jitter);
        }
    }

    /**
     * The delay before attempt {@code attempt}.
     *
     * @param attempt 0 for the first retry
     * @param random  a number in [0, 1)
     */
    public Duration delay(int attempt, double random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt));
        double capped = Math.min(max.toNanos(), base);
        return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
    }
}
