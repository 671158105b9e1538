package org.lingong.kiosk.remote;

import java.util.regex.Pattern;

/**
 * Takes personal data out of free text (log lines) before it leaves the kiosk in a diagnostic bundle: ID numbers
 * (18 or 15 characters, and any run of 7 or more digits), mobile and landline numbers, and every run of Chinese
 * characters (the kiosk's own log messages are English, so Chinese in a log line is data: a name, an address).
 */
public final class Redaction {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{14}[\\dXx]");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(?:1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}|0\\d{2,3}-\\d{7,8})(?!\\d)");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");

    private Redaction() {
    }

    public static String redact(String text) {
        String out = ID_NUMBER.matcher(text).replaceAll("[id]");
        out = PHONE.matcher(out).replaceAll("[phone]");
        out = LONG_NUMBER.matcher(out).replaceAll("[number]");
        return CJK.matcher(out).replaceAll("[text]");
    }
}
