package org.lingong.kiosk.appointment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentService;

/**
 * One booking of the station.
 *
 * @param workerRef this kiosk's reference for the worker; null for other kiosks' bookings
 * @param phone     for a call back; known for this kiosk's own pending bookings and for lost ones
 * @param offeredAt for {@link BookingState#LOST}: the next free slot the platform offers
 */
public record Booking(String code, AppointmentService service, Instant startsAt, BookingState state,
                      @Nullable String workerRef, @Nullable String phone, @Nullable Instant offeredAt) {

    Booking withState(BookingState now) {
        return new Booking(code, service, startsAt, now, workerRef, phone, offeredAt);
    }
}
