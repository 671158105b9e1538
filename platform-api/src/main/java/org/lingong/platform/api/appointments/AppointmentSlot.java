package org.lingong.platform.api.appointments;

import java.time.Instant;

/**
 * One slot of a station's calendar for one service.
 *
 * @param minutes  how long the slot is
 * @param capacity how many workers the slot takes
 * @param free     seats not yet booked when the platform answered (0 to capacity)
 */
public record AppointmentSlot(AppointmentService service, Instant startsAt, int minutes, int capacity, int free) {
}
