package org.lingong.kiosk.registration;

import java.util.Locale;

/** Expected pay per day (期望工资), in ranges, or 面议 (to be agreed). */
public enum PayExpectation {
    UP_TO_150,
    FROM_150_TO_200,
    FROM_200_TO_300,
    FROM_300_TO_400,
    OVER_400,
    NEGOTIABLE;

    public String labelKey() {
        return "registration.pay." + name().toLowerCase(Locale.ROOT);
    }
}
