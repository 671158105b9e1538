package org.lingong.devices.transport;

import java.time.Duration;

/** A point in monotonic time ({@link System#nanoTime()}) by which an operation must finish. */
public final class Deadline {

    private final long deadlineNanos;

    private Deadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    public static Deadline in(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    public static Deadline inMillis(long millis) {
        return in(Duration.ofMillis(millis));
    }

    /** Remaining time in milliseconds, rounded up, never negative. */
    public long remainingMillis() {
        long nanos = deadlineNanos - System.nanoTime();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    public boolean isExpired() {
        return deadlineNanos - System.nanoTime() <= 0;
    }
}
