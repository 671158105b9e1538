package org.lingong.platform.api.appointments;

import java.time.Instant;
import java.util.List;

/**
 * A station's calendar as a kiosk syncs it ({@code GET /api/v1/appointments}): the slots from now on with their free
 * seats, and the station's bookings from the start of today (station zone) on.
 *
 * @param zone the station's time zone (IANA id): slots are shown and printed in it
 */
public record AppointmentCalendar(String zone, Instant asOf, List<AppointmentSlot> slots,
                                  List<StationAppointment> appointments) {

    public AppointmentCalendar {
        slots = List.copyOf(slots);
        appointments = List.copyOf(appointments);
    }
}
