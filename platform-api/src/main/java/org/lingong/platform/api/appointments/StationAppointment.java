package org.lingong.platform.api.appointments;

import java.time.Instant;

/**
 * A booking at the asking terminal's station as the platform holds it.
 *
 * @param code       the short code on the slip, chosen by the kiosk that booked (unique per station)
 * @param workerRef  the booking kiosk's reference for the worker; null for bookings of other kiosks
 * @param phone      the phone the worker gave for a call back, or null; only for the station's own kiosks
 * @param offeredAt  for {@link AppointmentStatus#LOST}: the next free slot of the same service when the platform
 *                   decided, else null
 */
public record StationAppointment(String code, AppointmentService service, Instant startsAt, AppointmentStatus status,
                                 String workerRef, String phone, Instant bookedAt,
                                 Instant offeredAt) {
}
