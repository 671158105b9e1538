package org.lingong.kiosk.shell;

/** The screens the features open each other by ({@link Screen}'s constants), each with the i18n key of its title. */
enum KioskScreen implements Screen {
    ATTRACT("screen.attract"),
    FIND_JOB("screen.findJob"),
    REGISTER("screen.register"),
    SCAN("screen.scan"),
    TRAINING("screen.training"),
    JOB_FAIR("screen.jobFair"),
    /** 政策: policy pages in plain words, found by pinyin initials. */
    POLICY("screen.policy"),
    /** 我要报名: confirm the job, then the printed slip or its QR on screen. */
    REFERRAL("screen.referral"),
    /** The staff PIN keypad (five taps on the station name). */
    STAFF_LOGIN("screen.staffLogin"),
    /** Station staff: health, paper, today's figures, reprints, alerts. */
    STAFF("screen.staff"),
    /** Technician: ports, probe, test, device settings. */
    TECHNICIAN("screen.technician"),
    /** 预约: book a service at the station, or cancel / move a booking. */
    APPOINTMENT("screen.appointment");

    private final String titleKey;

    KioskScreen(String titleKey) {
        this.titleKey = titleKey;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
