package org.lingong.platform.client.outbox;

import java.time.Instant;
import java.util.UUID;
import org.lingong.platform.api.events.EventType;

/**
 * An event the platform refused for a reason retrying cannot fix, shown to staff. Holds no personal
 * data: the reason and detail come from the platform's problem document.
 */
public record ParkedEvent(UUID eventId, EventType type, Instant occurredAt, Instant parkedAt, String reason, String detail) {
}
