package org.lingong.platform.api.appointments;

/** What the platform decided about a booking. */
public enum AppointmentStatus {
    /** The slot is the worker's. */
    BOOKED,
    /** Cancelled (or moved: the new time is another appointment); the seat is free again. */
    CANCELLED,
    /** The slot was full when the booking reached the platform (another kiosk was first); see the offered slot. */
    LOST
}
