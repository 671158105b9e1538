package org.lingong.platform.api.events;

/** Payload of {@code APPOINTMENT_CANCELLED}: the booking with this code (of the kiosk's station) is given up. */
public record AppointmentCancelled(String code) implements EventPayload {
}
