package org.lingong.kiosk.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The date filter tiles: the job must run on at least one day of the range. */
public enum DateFilter {
    ANY("search.date.any"),
    TODAY("search.date.today"),
    TOMORROW("search.date.tomorrow"),
    THIS_WEEK("search.date.week");

    private final String labelKey;

    DateFilter(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The days a job must overlap, counted from {@code today}; empty for {@link #ANY}. 本周 = today to Sunday. */
    public Optional<DateRange> range(LocalDate today) {
        return switch (this) {
            case ANY -> Optional.empty();
            case TODAY -> Optional.of(new DateRange(today, today));
            case TOMORROW -> Optional.of(new DateRange(today.plusDays(1), today.plusDays(1)));
            case THIS_WEEK -> Optional.of(new DateRange(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))));
        };
    }
}
