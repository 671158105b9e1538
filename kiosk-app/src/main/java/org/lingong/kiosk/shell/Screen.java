package org.lingong.kiosk.shell;

import java.util.List;

/**
 * A screen of the kiosk, with the i18n key of its title. The constants here are the screens features open each other
 * by (the kiosk's map; the shell builds none of them: each comes from its feature's {@link ScreenViewFactory}). A
 * feature whose screen nobody else opens by name declares its own, an enum implementing this interface in the
 * feature's package. Screens are compared by identity.
 */
public interface Screen {

    Screen ATTRACT = KioskScreen.ATTRACT;
    Screen FIND_JOB = KioskScreen.FIND_JOB;
    Screen REGISTER = KioskScreen.REGISTER;
    Screen SCAN = KioskScreen.SCAN;
    Screen TRAINING = KioskScreen.TRAINING;
    Screen JOB_FAIR = KioskScreen.JOB_FAIR;
    /** 政策: policy pages pushed from the platform. */
    Screen POLICY = KioskScreen.POLICY;
    /** 我要报名: confirm the job, then the printed slip or its QR on screen. */
    Screen REFERRAL = KioskScreen.REFERRAL;
    /** The staff PIN keypad (five taps on the station name). */
    Screen STAFF_LOGIN = KioskScreen.STAFF_LOGIN;
    /** Station staff: health, paper, today's figures, reprints, alerts. */
    Screen STAFF = KioskScreen.STAFF;
    /** Technician: ports, probe, test, device settings. */
    Screen TECHNICIAN = KioskScreen.TECHNICIAN;
    /** 预约: book a service at the station, or cancel / move a booking. */
    Screen APPOINTMENT = KioskScreen.APPOINTMENT;

    String titleKey();

    /** A stable name for logs and style ids (an enum constant's name). */
    String name();

    /** The screens named by the constants here, in order. */
    static List<Screen> named() {
        return List.of(KioskScreen.values());
    }
}
