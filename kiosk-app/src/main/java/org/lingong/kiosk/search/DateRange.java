package org.lingong.kiosk.search;

import java.time.LocalDate;

/** Days {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + " to " + last);
        }
    }

    public boolean isSingleDay() {
        return first.equals(last);
    }

    /** Whether a job running {@code start} to {@code end} (both included) works on a day of this range. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(last) && !end.isBefore(first);
    }
}
