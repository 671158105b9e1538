package org.lingong.platform.api.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One kiosk event as sent in a batch. The wire form is a JSON object
 * {@code {"eventId", "type", "occurredAt", "workerRef", "payload"}} where {@code payload} has the
 * shape of {@link EventType#payloadType()} for {@code type}.
 *
 * @param eventId    client-generated id, the idempotency key: a second event with this id from the same terminal is a
 *                   duplicate; from another terminal it is refused ({@code event-id-taken})
 * @param occurredAt when it happened at the kiosk: at most 30 days before the platform receives it and at most
 *                   5 minutes after (else refused, {@code implausible-time})
 * @param workerRef  the kiosk's own opaque reference for the worker (no personal data), required for
 *                   worker and referral-issued events
 */
public record EventEnvelope(UUID eventId, EventType type, Instant occurredAt, String workerRef, EventPayload payload) {
}
