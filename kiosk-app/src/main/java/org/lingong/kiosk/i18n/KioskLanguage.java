package org.lingong.kiosk.i18n;

import java.util.Locale;

/**
 * The languages the kiosk offers, in the order of the language switch. Chinese comes first and is
 * the default. Mongolian (traditional script, {@code mn_Mong}) is planned: it needs its own bundle,
 * a font with Mongolian glyphs and vertical-text layout, so it is not listed until those exist.
 */
public enum KioskLanguage {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    KioskLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Bundle key of the language's own name, shown on its switch button ("中文", "English"). */
    public String nameKey() {
        return "language." + name().toLowerCase(Locale.ROOT);
    }
}
