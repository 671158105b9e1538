package org.lingong.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * Dates, times and money through the one formatter ({@link Messages#date}, {@link Messages#amount}) in the three
 * languages: Chinese and English by Java's names, Mongolian by the bundle's (Java would write "Sat" and "Dec").
 */
class LocalizedDatesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);

    @Test
    void theAppointmentDayHasItsWeekdayInEveryLanguageAndInMongolianScriptInMongolian() {
        assertThat(messages.date("appointment.dayPattern", SATURDAY)).isEqualTo("12月5日 周六");
        messages.select(KioskLanguage.EN);
        assertThat(messages.date("appointment.dayPattern", SATURDAY)).isEqualTo("Sat 5 Dec");
        messages.select(KioskLanguage.MN);
        assertThat(messages.date("appointment.dayPattern", SATURDAY))
                .isEqualTo(MongolianShaping.shape("12.5 ᠭᠠᠷᠠᠭ\u202Fᠤᠨ ᠵᠢᠷᠭᠤᠭ\u180Eᠠ"))
                .doesNotContain("Sat");
    }

    @Test
    void mongolianMonthNamesComeFromTheBundleAndQuotedTextAndNumbersStayAsWritten() {
        messages.select(KioskLanguage.MN);
        DateFormatProbe probe = new DateFormatProbe(messages);

        assertThat(probe.format("yyyy 'y' MMMM d", SATURDAY))
                .isEqualTo(MongolianShaping.shape("2026 y ᠠᠷᠪᠠᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ\u180Eᠠ 5"));
        assertThat(probe.format("M.d HH:mm", ZonedDateTime.of(SATURDAY.atTime(9, 5), ZoneId.of("Asia/Shanghai"))))
                .isEqualTo("12.5 09:05");
    }

    @Test
    void moneyIsDigitsWithoutTrailingZerosInEveryLanguage() {
        assertThat(Messages.amount(new BigDecimal("160.00"))).isEqualTo("160");
        assertThat(Messages.amount(new BigDecimal("22.50"))).isEqualTo("22.5");
        assertThat(Messages.amount(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    /** Formats a pattern given here rather than by bundle key (same path as {@link Messages#date}). */
    private record DateFormatProbe(Messages messages) {

        String format(String pattern, java.time.temporal.TemporalAccessor value) {
            return MongolianShaping.shape(CalendarPattern.formatter(pattern, messages.language(),
                    n -> messages.get("calendar.weekday." + n).replace("\u200C", ""),
                    n -> messages.get("calendar.month." + n).replace("\u200C", "")).format(value));
        }
    }
}
