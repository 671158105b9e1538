package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

/**
 * The months of the year in which a category of work exists, e.g. 剪羊毛 May-July or 扫雪 November-March.
 *
 * @param months the months, never empty
 */
public record Season(Set<Month> months) {

    public Season {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a season needs at least one month");
        }
        months = Set.copyOf(months);
    }

    public static Season allYear() {
        return new Season(EnumSet.allOf(Month.class));
    }

    /**
     * Parses "*" (all year), "5-7" (inclusive), "11-3" (wrapping over the new year) or several ranges
     * joined by ",", e.g. "5-6,9-10".
     */
    public static Season parse(String text) {
        if (text.equals("*")) {
            return allYear();
        }
        EnumSet<Month> months = EnumSet.noneOf(Month.class);
        for (String range : text.split(",")) {
            addRange(months, range.strip(), text);
        }
        return new Season(months);
    }

    private static void addRange(EnumSet<Month> months, String range, String whole) {
        String[] ends = range.split("-");
        if (ends.length > 2 || !range.matches("\\d{1,2}(-\\d{1,2})?")) {
            throw new IllegalArgumentException("bad season '" + whole + "': expected m or m-n, got '" + range + "'");
        }
        Month first = month(ends[0], whole);
        Month last = ends.length == 2 ? month(ends[1], whole) : first;
        for (Month m = first; ; m = m.plus(1)) {
            months.add(m);
            if (m == last) {
                return;
            }
        }
    }

    private static Month month(String number, String whole) {
        int value = Integer.parseInt(number);
        if (value < 1 || value > 12) {
            throw new IllegalArgumentException("bad season '" + whole + "': month " + value + " is not 1-12");
        }
        return Month.of(value);
    }

    public boolean isAllYear() {
        return months.size() == 12;
    }

    public boolean contains(LocalDate date) {
        return months.contains(date.getMonth());
    }
}
