package org.lingong.kiosk.appointment;

/** The steps of the 预约 screen. */
public enum AppointmentStep {
    /** Which service (six tiles). */
    SERVICE,
    /** Which slot of the service's calendar. */
    SLOT,
    /** A phone for a call back, or 跳过. */
    PHONE,
    /** Booking and printing. */
    WORKING,
    /** The code and time (and the slip), or the offer of the next free slot when the platform gave the slot away. */
    DONE,
    /** 我的预约: the identified worker's bookings, or one found by its code; cancel or move. */
    MINE
}
