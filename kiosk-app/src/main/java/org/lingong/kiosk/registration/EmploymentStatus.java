package org.lingong.kiosk.registration;

import java.util.Locale;

/**
 * Employment status (就业状态) in plain words; the policy statistics count 失业人员 and 就业困难人员.
 * Each has a label and a one-line explanation shown on its tile.
 */
public enum EmploymentStatus {
    EMPLOYED,
    UNEMPLOYED,
    EMPLOYMENT_DIFFICULTY,
    FLEXIBLE,
    STUDENT,
    OTHER;

    public String labelKey() {
        return "registration.status." + name().toLowerCase(Locale.ROOT);
    }

    public String explanationKey() {
        return labelKey() + ".explanation";
    }
}
