/** Appointments at a station (预约): the services, the calendar of slots and the station's bookings. */
package org.lingong.platform.api.appointments;
