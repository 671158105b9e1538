package org.lingong.platform.api.events;

import java.time.Instant;
import org.lingong.platform.api.appointments.AppointmentService;

/**
 * Payload of {@code APPOINTMENT_BOOKED}: a worker booked a slot at the kiosk (perhaps offline). The platform gives the
 * slot to the first booking that reaches it; a later one for a full slot is kept as LOST with the next free slot
 * offered (see {@link org.lingong.platform.api.appointments.StationAppointment}).
 *
 * @param code  the slip's short code: 6 characters of {@code [A-Z2-9]}, unique per station
 * @param phone digits of a phone for a call back, or null
 */
public record AppointmentBooked(String code, AppointmentService service, Instant startsAt, String phone)
        implements EventPayload {
}
