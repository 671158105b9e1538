package org.lingong.kiosk.appointment;

/** A booking as the kiosk knows it. */
public enum BookingState {
    /** The platform lists it as booked. */
    CONFIRMED,
    /** Booked here, not yet listed by the platform (offline, or not delivered yet): 待确认. */
    TENTATIVE,
    /** The platform gave the slot to another booking; see the offered slot. */
    LOST,
    CANCELLED;

    public String labelKey() {
        return "appointment.state." + name();
    }
}
