/**
 * 预约: a worker books a service at the station (职业指导 … 远程视频) in a slot of the station's calendar, gets a slip with
 * the time and a short code, and cancels or moves it by card, worker code or that code. The calendar and the station's
 * bookings come from the platform ({@link org.lingong.kiosk.appointment.AppointmentBackend}); offline the last known
 * calendar is used and a booking is 待确认 until the platform lists it. The platform decides a race between kiosks: a
 * booking that lost its slot shows the next free slot, and staff see it in a call-back list when a phone was given.
 */
@NullMarked
package org.lingong.kiosk.appointment;

import org.jspecify.annotations.NullMarked;
