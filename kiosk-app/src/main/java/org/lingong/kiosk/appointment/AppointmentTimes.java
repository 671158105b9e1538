package org.lingong.kiosk.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A slot's time in words, always in the station's zone, e.g. {@code 12月7日 周一 09:30}. */
public final class AppointmentTimes {

    private AppointmentTimes() {
    }

    public static String format(Instant at, ZoneId zone, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone));
    }

    /** The slip's wording: Chinese, date, weekday and the slot's start and end. */
    public static String onSlip(Instant at, int minutes, ZoneId zone) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return format(at, zone, "yyyy-MM-dd EEEE HH:mm", zh) + "-" + format(at.plusSeconds(minutes * 60L), zone, "HH:mm", zh);
    }
}
