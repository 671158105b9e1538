package org.lingong.kiosk.platform;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.appointment.AppointmentBackend;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.events.AppointmentBooked;
import org.lingong.platform.api.events.AppointmentCancelled;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.http.ApiResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appointments on the platform: bookings and cancellations become outbox events (durable at once, so a kiosk books
 * offline), delivered at once when the platform is reachable; the calendar comes over the signed API. Blocking.
 */
final class PlatformAppointmentBackend implements AppointmentBackend {

    private static final Logger log = LoggerFactory.getLogger(PlatformAppointmentBackend.class);

    private final BackendClient backend;
    private final Clock clock;

    PlatformAppointmentBackend(BackendClient backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @Override
    public AppointmentCalendar fetch() throws Unavailable {
        ApiResult<AppointmentCalendar> result = backend.fetchAppointments();
        if (result instanceof ApiResult.Success<AppointmentCalendar> success) {
            return success.value();
        }
        throw new Unavailable(result.toString());
    }

    @Override
    public void book(@Nullable String workerRef, AppointmentBooked booking) {
        send(new EventEnvelope(UUID.randomUUID(), EventType.APPOINTMENT_BOOKED, clock.instant(), workerRef, booking));
    }

    @Override
    public void cancel(String code) {
        send(new EventEnvelope(UUID.randomUUID(), EventType.APPOINTMENT_CANCELLED, clock.instant(), null,
                new AppointmentCancelled(code)));
    }

    private void send(EventEnvelope event) {
        backend.send(event);
        log.info("{} queued for the platform as event {}", event.type(), event.eventId());
        backend.deliverNow();
    }
}
