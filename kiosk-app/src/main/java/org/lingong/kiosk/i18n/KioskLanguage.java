package org.lingong.kiosk.i18n;

import java.util.Locale;

/**
 * The languages the kiosk offers, in the order of the language switch. Chinese comes first and is
 * the default. Mongolian is the traditional script ({@code mn-Mong}, bundle {@code messages_mn_Mong}), drawn with the
 * bundled Noto Sans Mongolian and shaped by {@link MongolianShaping}.
 */
public enum KioskLanguage {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH),
    MN(new Locale.Builder().setLanguage("mn").setScript("Mong").build());

    private final Locale locale;

    KioskLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The suffix of this language's bundle file ({@code messages_<suffix>.properties}). */
    public String bundleSuffix() {
        String script = locale.getScript();
        String country = locale.getCountry();
        return locale.getLanguage() + (script.isEmpty() ? "" : "_" + script) + (country.isEmpty() ? "" : "_" + country);
    }

    /** Bundle key of the language's own name, shown on its switch button ("中文", "English"). */
    public String nameKey() {
        return "language." + name().toLowerCase(Locale.ROOT);
    }
}
