package org.lingong.kiosk.platform;

import java.util.UUID;

import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.WorkerRegistration;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.client.BackendClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consented registration becomes a {@code WORKER_REGISTERED} event in the encrypted outbox: durable (fsynced)
 * when {@link #submit} returns, so the kiosk may say 完成 even offline; then the dispatcher is woken to send it.
 * The worker gets a fresh opaque reference ({@code w-} + UUID, no personal data). The ID number leaves the kiosk
 * only inside the outbox and the signed API; the log gets the event id alone.
 *
 * <p>Blocking (disk): called through the task executor, never on the JavaFX thread.
 */
public final class OutboxRegistrationSink implements RegistrationSink {

    private static final Logger log = LoggerFactory.getLogger(OutboxRegistrationSink.class);

    private final BackendClient backend;

    public OutboxRegistrationSink(BackendClient backend) {
        this.backend = backend;
    }

    @Override
    public String submit(WorkerRegistration registration) {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), EventType.WORKER_REGISTERED,
                registration.consentedAt(), "w-" + UUID.randomUUID(), WorkerProfiles.of(registration));
        backend.send(event);
        log.info("Worker registration queued for the platform as event {}", event.eventId());
        return event.workerRef();
    }
}
