package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lingong.testing.MutableClock;

class DailyCountersTest {

    @Test
    void countsStartAgainAtLocalMidnight() {
        MutableClock clock = MutableClock.atShanghai("2026-11-27T15:59:00Z"); // 23:59 in Shanghai
        DailyCounters counters = new DailyCounters(clock);
        counters.increment(DailyCounters.Tally.SESSIONS);
        counters.increment(DailyCounters.Tally.SESSIONS);
        counters.increment(DailyCounters.Tally.REGISTRATIONS);
        assertThat(counters.count(DailyCounters.Tally.SESSIONS)).isEqualTo(2);
        assertThat(counters.day()).isEqualTo(LocalDate.of(2026, 11, 27));

        clock.advance(Duration.ofSeconds(59));
        assertThat(counters.count(DailyCounters.Tally.SESSIONS)).as("23:59:59 still today").isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThat(counters.count(DailyCounters.Tally.SESSIONS)).isZero();
        assertThat(counters.count(DailyCounters.Tally.REGISTRATIONS)).isZero();
        assertThat(counters.day()).isEqualTo(LocalDate.of(2026, 11, 28));

        counters.increment(DailyCounters.Tally.ALERTS);
        assertThat(counters.count(DailyCounters.Tally.ALERTS)).isEqualTo(1);
    }
}
