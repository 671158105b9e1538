package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lingong.platform.api.stats.DailyStationStats;

class TodayStationFiguresTest {

    @Test
    void theStationsFunnelRatingsCallsChecksAndAppointmentsBecomeLines() {
        DailyStationStats day = new DailyStationStats("ST-1", LocalDate.of(2026, 12, 5), 1, 2, 0, 0, 0, 0, 9, 0, 4,
                new DailyStationStats.Ratings(2, 1, 0, 0, 1), 3, 2, new DailyStationStats.Funnel(5, 4, 2, 1),
                new DailyStationStats.Appointments(6, 2, 1));

        assertThat(TodayViewModel.stationFigures(day)).containsExactly(
                new TodayViewModel.Figure("staff.today.visits", 9L),
                new TodayViewModel.Figure("staff.today.funnelIdentified", 5L),
                new TodayViewModel.Figure("staff.today.funnelSearched", 4L),
                new TodayViewModel.Figure("staff.today.funnelReferred", 2L),
                new TodayViewModel.Figure("staff.today.funnelPrinted", 1L),
                new TodayViewModel.Figure("staff.today.ratings", 4L),
                new TodayViewModel.Figure("staff.today.ratingAverage", "3.8"),
                new TodayViewModel.Figure("staff.today.ratingLevels", "2 / 1 / 0 / 0 / 1"),
                new TodayViewModel.Figure("staff.today.staffCalls", 3L),
                new TodayViewModel.Figure("staff.today.statusChecks", 2L),
                new TodayViewModel.Figure("staff.today.appointments", "6 / 2 / 1"));
    }

    @Test
    void withoutRatingsTheAverageIsADash() {
        DailyStationStats day = new DailyStationStats("ST-1", LocalDate.of(2026, 12, 5), 0, 0, 0, 0, 0, 0, 1, 0, 0);

        assertThat(TodayViewModel.stationFigures(day)).contains(new TodayViewModel.Figure("staff.today.ratingAverage", "-"));
    }
}
