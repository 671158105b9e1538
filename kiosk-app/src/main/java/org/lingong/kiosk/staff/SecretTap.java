package org.lingong.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The staff's way in without a visible button: {@value #TAPS} taps on the station name within {@link #WINDOW}
 * open the PIN keypad. JavaFX thread only.
 */
public final class SecretTap {

    public static final int TAPS = 5;
    public static final Duration WINDOW = Duration.ofSeconds(3);

    private final Clock clock;
    private final Runnable open;
    private final Deque<Instant> taps = new ArrayDeque<>();

    public SecretTap(Clock clock, Runnable open) {
        this.clock = clock;
        this.open = open;
    }

    public void tap() {
        Instant now = clock.instant();
        taps.addLast(now);
        while (Duration.between(taps.peekFirst(), now).compareTo(WINDOW) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            open.run();
        }
    }
}
