package org.lingong.kiosk.rating;

/** Reason chips offered after 不满意 or 非常不满意; the wire code is the constant's name. */
public enum RatingReason {
    NO_SUITABLE_JOB,
    HARD_TO_USE,
    TOO_SLOW,
    DEVICE_TROUBLE,
    INFORMATION_WRONG,
    STAFF_SERVICE;

    /** i18n key of the chip's words. */
    String labelKey() {
        return "rating.reason." + name();
    }
}
