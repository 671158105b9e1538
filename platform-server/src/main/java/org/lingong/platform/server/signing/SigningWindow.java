package org.lingong.platform.server.signing;

import java.time.Duration;

/**
 * Which signed timestamps are fresh: at most {@code skew} before or after the server's clock. The difference is
 * computed exactly: a timestamp so far away that the difference does not fit in a {@code long} (e.g. now − 2^63,
 * whose plain difference wraps to a negative number) is stale, never "close".
 */
record SigningWindow(Duration skew) {

    boolean admits(long nowMillis, long timestampMillis) {
        try {
            return Math.absExact(Math.subtractExact(nowMillis, timestampMillis)) <= skew.toMillis();
        } catch (ArithmeticException farOutside) {
            return false;
        }
    }
}
