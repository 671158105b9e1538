package org.lingong.kiosk.shell;

/**
 * The kiosk's screens. Every screen is built; {@link #isPlaceholder()} marks a screen that would show the honest
 * "即将开放" view (none today).
 */
public enum Screen {
    ATTRACT("screen.attract", false),
    FIND_JOB("screen.findJob", false),
    REGISTER("screen.register", false),
    SCAN("screen.scan", false),
    TRAINING("screen.training", false),
    JOB_FAIR("screen.jobFair", false),
    /** 我要报名: confirm the job, then the printed slip or its QR on screen. */
    REFERRAL("screen.referral", false),
    /** The staff PIN keypad (five taps on the station name). */
    STAFF_LOGIN("screen.staffLogin", false),
    /** Station staff: health, paper, today's figures, reprints, alerts. */
    STAFF("screen.staff", false),
    /** Technician: ports, probe, test, device settings. */
    TECHNICIAN("screen.technician", false);

    private final String titleKey;
    private final boolean placeholder;

    Screen(String titleKey, boolean placeholder) {
        this.titleKey = titleKey;
        this.placeholder = placeholder;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }
}
