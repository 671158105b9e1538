package org.lingong.devices.lifecycle;

import java.time.Duration;

/**
 * Exponential backoff with jitter for reconnect attempts.
 *
 * <p>Attempt {@code n} (0-based) waits {@code min(max, initial × multiplier^n) × (1 − jitter × r)} with
 * {@code r} uniform in [0, 1): never more than {@code max}, never less than {@code initial × (1 − jitter)}.
 * The jitter keeps several kiosks (or several ports) from retrying in lock-step.
 *
 * @param initial    first delay, positive
 * @param max        cap, at least {@code initial}
 * @param multiplier growth per attempt, at least 1
 * @param jitter     fraction of the delay that is randomised, 0..1
 */
public record ReconnectPolicy(Duration initial, Duration max, double multiplier, double jitter) {

    /** 500 ms, doubling, capped at 30 s, 20 % jitter. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);

    public ReconnectPolicy {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial reconnect delay must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max reconnect delay " + max + " is below the initial " + initial);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("reconnect multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("reconnect jitter must be within 0..1, was " + jitter);
        }
    }

    /**
     * The delay before attempt {@code attempt}.
     *
     * @param attempt 0 for the first reconnect attempt
     * @param random  a number in [0, 1)
     */
    public Duration delay(int attempt, double random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt));
        double capped = Math.min(max.toNanos(), base);
        return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
    }
}
