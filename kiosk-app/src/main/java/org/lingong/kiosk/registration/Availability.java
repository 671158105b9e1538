package org.lingong.kiosk.registration;

import java.util.Locale;

/** When the worker can start (什么时候能上班). */
public enum Availability {
    TODAY,
    TOMORROW,
    THIS_WEEK,
    NEXT_WEEK,
    TO_BE_ARRANGED;

    public String labelKey() {
        return "registration.availability." + name().toLowerCase(Locale.ROOT);
    }
}
