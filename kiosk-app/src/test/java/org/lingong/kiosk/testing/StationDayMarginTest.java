package org.lingong.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class StationDayMarginTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theTimeLeftIsToTheStationsMidnightNotTheMachines() {
        // 15:55 UTC is 23:55 in Shanghai
        ZonedDateTime now = ZonedDateTime.parse("2026-12-06T15:55:00Z").withZoneSameInstant(SHANGHAI);

        assertThat(StationDayMargin.untilNextDay(now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(StationDayMargin.untilNextDay(now.plusMinutes(5))).isEqualTo(Duration.ofHours(24));
    }
}
