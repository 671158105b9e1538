package org.lingong.kiosk.shell;

/** The kiosk's screens, each with the i18n key of its title. */
public enum Screen {
    ATTRACT("screen.attract"),
    FIND_JOB("screen.findJob"),
    REGISTER("screen.register"),
    SCAN("screen.scan"),
    TRAINING("screen.training"),
    JOB_FAIR("screen.jobFair"),
    /** 我要报名: confirm the job, then the printed slip or its QR on screen. */
    REFERRAL("screen.referral"),
    /** The staff PIN keypad (five taps on the station name). */
    STAFF_LOGIN("screen.staffLogin"),
    /** Station staff: health, paper, today's figures, reprints, alerts. */
    STAFF("screen.staff"),
    /** Technician: ports, probe, test, device settings. */
    TECHNICIAN("screen.technician");

    private final String titleKey;

    Screen(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
