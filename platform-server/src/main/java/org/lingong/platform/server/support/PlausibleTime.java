package org.lingong.platform.server.support;

import java.time.Duration;
import java.time.Instant;
import org.lingong.platform.server.problem.ApiException;

/**
 * Bounds for a time a terminal reports about something it did (an event's {@code occurredAt}, a slip token's
 * {@code issuedAt}), measured from the platform's clock when the report arrives: at most {@link #MAX_AGE} before it
 * (a kiosk may be offline for days and deliver its outbox later) and at most {@link #MAX_AHEAD} after it (the
 * kiosk's clock may drift as much as a signed request's timestamp may).
 */
public final class PlausibleTime {

    public static final Duration MAX_AGE = Duration.ofDays(30);
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private PlausibleTime() {
    }

    /** @throws ApiException 400 {@code implausible-time} naming {@code field} and the bound it breaks */
    public static void require(String field, Instant reported, Instant now) {
        if (reported.isBefore(now.minus(MAX_AGE))) {
            throw implausible(field + " is more than " + MAX_AGE.toDays() + " days before the platform's time");
        }
        if (reported.isAfter(now.plus(MAX_AHEAD))) {
            throw implausible(field + " is more than " + MAX_AHEAD.toMinutes() + " minutes after the platform's time");
        }
    }

    private static ApiException implausible(String detail) {
        return new ApiException(400, "implausible-time", "Implausible time", detail);
    }
}
