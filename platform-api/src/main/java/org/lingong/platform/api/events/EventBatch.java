package org.lingong.platform.api.events;

import java.util.List;

/** Up to {@value #MAX_EVENTS} events; each is applied (or rejected) on its own. */
public record EventBatch(List<EventEnvelope> events) {
    public static final int MAX_EVENTS = 500;
}
