package org.lingong.kiosk.testing;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class whose figures are "today's" at the station (the staff's 今日统计): it does not start in the last
 * {@code margin} of a station day, so that the events its first tests cause and the figures its later tests read fall
 * on the same day. Started closer to midnight, it waits for the new day (once seen at 16:00 UTC, midnight in Shanghai:
 * the staff calls of the evening were not in the night's figures). Register it before the kiosk's extension.
 */
public final class StationDayMargin implements BeforeAllCallback {

    private final ZoneId zone;
    private final Duration margin;

    public StationDayMargin(ZoneId zone, Duration margin) {
        this.zone = zone;
        this.margin = margin;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        Duration left = untilNextDay(ZonedDateTime.now(zone));
        if (left.compareTo(margin) < 0) {
            System.out.printf("%s: %d s to midnight at the station (%s); waiting for the new day%n",
                    context.getDisplayName(), left.toSeconds(), zone);
            Thread.sleep(left.plusSeconds(1).toMillis());
        }
    }

    static Duration untilNextDay(ZonedDateTime now) {
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
    }
}
