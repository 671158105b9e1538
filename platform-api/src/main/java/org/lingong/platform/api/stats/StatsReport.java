package org.lingong.platform.api.stats;

import java.time.LocalDate;
import java.util.List;

/** Rows for each station and day with any activity in {@code [from, to]}. */
public record StatsReport(LocalDate from, LocalDate to, List<DailyStationStats> days) {
}
