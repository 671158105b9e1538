package org.lingong.kiosk.outbox;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.EventPayload;
import org.lingong.platform.api.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Port: a feature's event for the platform (a rating, a staff call, a status check, the visit funnel). On the platform
 * it goes into the encrypted outbox and is durable when {@link #send} returns; the dispatcher delivers it when the
 * platform answers, with the event id as idempotency key, so it is recorded once however often it is resent.
 *
 * <p>Blocking (disk): call through the task executor, never on the JavaFX thread.
 */
public interface KioskEvents {

    /**
     * @param workerRef the identified worker's opaque reference, or {@code null} for an anonymous event
     */
    default void send(EventType type, @Nullable String workerRef, EventPayload payload) throws Exception {
        send(UUID.randomUUID(), type, workerRef, payload);
    }

    /**
     * Like {@link #send(EventType, String, EventPayload)} under an event id the caller chose, for an event the
     * platform answers about later (a staff call acknowledged in the console names it by this id).
     */
    void send(UUID eventId, EventType type, @Nullable String workerRef, EventPayload payload) throws Exception;

    /** Off the platform: events are only logged (by type; payloads may name a worker's reference). */
    KioskEvents LOG_ONLY = new KioskEvents() {
        private final Logger log = LoggerFactory.getLogger(KioskEvents.class);

        @Override
        public void send(UUID eventId, EventType type, @Nullable String workerRef, EventPayload payload) {
            log.info("No platform: {} event not sent", type);
        }
    };
}
