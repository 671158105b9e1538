package org.lingong.kiosk.platform;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventPayload;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.client.BackendClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A feature's event into the encrypted outbox under its event id (the idempotency key), then delivered. */
final class OutboxKioskEvents implements KioskEvents {

    private static final Logger log = LoggerFactory.getLogger(OutboxKioskEvents.class);

    private final BackendClient backend;
    private final Clock clock;

    OutboxKioskEvents(BackendClient backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @Override
    public void send(UUID eventId, EventType type, @Nullable String workerRef, EventPayload payload) {
        EventEnvelope event = new EventEnvelope(eventId, type, clock.instant(), workerRef, payload);
        backend.send(event);
        log.info("{} queued for the platform as event {}", type, event.eventId());
    }
}
