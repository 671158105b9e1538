package org.lingong.kiosk.appointment;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.events.AppointmentBooked;

/**
 * Where appointments go: the platform (bookings through the outbox, the calendar over the signed API) or a demo
 * stand-in. Blocking: called through the task executor, never on the JavaFX thread.
 */
public interface AppointmentBackend {

    /** The station's calendar and bookings now. @throws Unavailable when the platform cannot be reached */
    AppointmentCalendar fetch() throws Unavailable;

    /** Queues the booking (durable when this returns) and asks for delivery soon. */
    void book(@Nullable String workerRef, AppointmentBooked booking);

    /** Queues the cancellation of the station's booking with this code. */
    void cancel(String code);

    /** The platform could not be asked; the last known calendar stands. */
    final class Unavailable extends Exception {
        public Unavailable(String reason) {
            super(reason);
        }
    }
}
