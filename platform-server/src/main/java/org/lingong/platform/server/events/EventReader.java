package org.lingong.platform.server.events;

import java.time.Instant;
import java.util.UUID;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventPayload;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.problem.JsonProblems;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one event of a batch from its JSON tree into a typed {@link EventEnvelope}: the {@code type}
 * picks the payload record. Any problem is an {@link EventRejection}, so one bad event does not
 * spoil the batch.
 */
@Component
class EventReader {

    /** RFC 3339 date-times have four-digit years; anything outside cannot be stored or dated in every database. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final ObjectMapper mapper;

    EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event id if it can be read, else null (for reporting a rejection). */
    UUID eventIdOrNull(JsonNode node) {
        try {
            JsonNode id = node.get("eventId");
            return id == null || !id.isString() ? null : UUID.fromString(id.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    EventEnvelope read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw rejection(ApiException.badRequest("invalid-value", "each event must be a JSON object"));
        }
        UUID eventId = required(node, "eventId", UUID.class);
        EventType type = required(node, "type", EventType.class);
        Instant occurredAt = required(node, "occurredAt", Instant.class);
        if (occurredAt.isBefore(EARLIEST) || occurredAt.isAfter(LATEST)) {
            throw rejection(new ApiException(400, "invalid-date", "Invalid date",
                    "occurredAt must be an RFC 3339 date-time with a four-digit year"));
        }
        JsonNode workerRefNode = node.get("workerRef");
        String workerRef = workerRefNode == null || workerRefNode.isNull() ? null : workerRefNode.asString();
        JsonNode payloadNode = node.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw rejection(ApiException.badRequest("invalid-value", "payload must be an object for " + type));
        }
        EventPayload payload = convert(payloadNode, type.payloadType(), "payload");
        return new EventEnvelope(eventId, type, occurredAt, workerRef, payload);
    }

    private <T> T required(JsonNode node, String field, Class<T> type) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw rejection(ApiException.badRequest("missing-field", field + " is required"));
        }
        return convert(value, type, field);
    }

    private <T> T convert(JsonNode value, Class<T> type, String field) {
        try {
            return mapper.treeToValue(value, type);
        } catch (JacksonException e) {
            var problem = JsonProblems.of(e);
            return throwRejection(new ApiException(problem.status(), problem.reason(), problem.title(),
                    field + ": " + problem.detail()));
        }
    }

    private static <T> T throwRejection(ApiException e) {
        throw rejection(e);
    }

    private static EventRejection rejection(ApiException e) {
        return new EventRejection(e);
    }
}
