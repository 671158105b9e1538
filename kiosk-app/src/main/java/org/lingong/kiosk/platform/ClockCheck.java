package org.lingong.kiosk.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether this kiosk's clock is off against the platform's ({@code BackendClient.clockSkew()}): a minute or more
 * counts. The platform refuses signed requests more than 5 minutes off; slips and figures are wrong from the first
 * minute, so staff see the skew from then on.
 */
public final class ClockCheck {

    /** From this much on the staff screen names the skew. */
    public static final Duration TOLERANCE = Duration.ofMinutes(1);

    private ClockCheck() {
    }

    public static boolean isOff(Optional<Duration> skew) {
        return skew.filter(s -> s.abs().compareTo(TOLERANCE) >= 0).isPresent();
    }

    /** The skew in whole minutes, rounded to the nearest (positive: the kiosk is behind the platform). */
    public static long minutes(Duration skew) {
        return Math.round(skew.toSeconds() / 60.0);
    }
}
