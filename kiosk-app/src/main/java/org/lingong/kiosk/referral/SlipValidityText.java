package org.lingong.kiosk.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.lingong.kiosk.i18n.Messages;

/**
 * A slip's 有效期至 as the screen shows it: the slip's station-time minute ({@code 2026-12-07 08:15}, as printed)
 * written the way the kiosk writes dates ("12月7日 08:15"), with the year only where it is not the station's current
 * year. A time in another form is shown as it is.
 */
final class SlipValidityText {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SlipValidityText() {
    }

    static String of(String expiresAt, Messages messages, Clock clock) {
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(expiresAt, PRINTED);
        } catch (DateTimeParseException e) {
            return messages.get("referral.validUntil", expiresAt);
        }
        boolean thisYear = time.getYear() == LocalDate.now(clock).getYear();
        String when = messages.date(thisYear ? "referral.validUntil.pattern" : "referral.validUntil.patternWithYear", time);
        return messages.get("referral.validUntil", when);
    }
}
