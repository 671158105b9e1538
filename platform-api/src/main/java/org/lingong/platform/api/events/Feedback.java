package org.lingong.platform.api.events;

/** Payload of {@code FEEDBACK}: rating 1-5, optional comment up to 500 chars. */
public record Feedback(int rating, String comment) implements EventPayload {
}
