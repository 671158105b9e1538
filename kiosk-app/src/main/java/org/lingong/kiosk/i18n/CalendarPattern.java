package org.lingong.kiosk.i18n;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A bundle's date pattern as a formatter for a language. Java has no day or month names in traditional Mongolian
 * (its {@code mn-Mong} locale falls back to English "Sat", "Dec"), so in Mongolian the pattern letters {@code E} and
 * {@code MMM}/{@code MMMM} take the bundle's names ({@code calendar.weekday.1} = Monday … {@code .7},
 * {@code calendar.month.1} … {@code .12}); every other letter, and every letter in Chinese and English, means what
 * {@link DateTimeFormatter#ofPattern(String, java.util.Locale)} says.
 */
final class CalendarPattern {

    private CalendarPattern() {
    }

    /** {@code names} gives a bundle text by key (used in Mongolian only). */
    static DateTimeFormatter formatter(String pattern, KioskLanguage language, IntFunction<String> weekday,
            IntFunction<String> month) {
        if (language != KioskLanguage.MN) {
            return DateTimeFormatter.ofPattern(pattern, language.locale());
        }
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i;
            if (c == '\'') {
                end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length() : end + 1;
            } else {
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
            }
            int run = end - i;
            if (c == 'E') {
                builder.appendText(ChronoField.DAY_OF_WEEK, names(7, weekday));
            } else if (c == 'M' && run >= 3) {
                builder.appendText(ChronoField.MONTH_OF_YEAR, names(12, month));
            } else {
                builder.appendPattern(pattern.substring(i, end));
            }
            i = end;
        }
        return builder.toFormatter(language.locale());
    }

    private static Map<Long, String> names(int count, IntFunction<String> name) {
        Map<Long, String> names = new HashMap<>();
        for (int n = 1; n <= count; n++) {
            names.put((long) n, name.apply(n));
        }
        return names;
    }
}
