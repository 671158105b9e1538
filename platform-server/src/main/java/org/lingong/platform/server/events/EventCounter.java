package org.lingong.platform.server.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventResult;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.server.problem.RefusalCounter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Counts ingested events as {@code lingong.events.ingested} by {@code type} (an {@link EventType} name, else
 * {@code unknown}), {@code outcome} and {@code reason} (the rejection's reason, {@code none} otherwise). Tags come
 * from the platform's own vocabulary only, never from free text a terminal sent.
 */
@Component
class EventCounter {

    static final String METER = "lingong.events.ingested";

    private final MeterRegistry registry;

    EventCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(JsonNode batch, EventBatchResult result) {
        JsonNode events = batch.get("events");
        for (EventResult event : result.results()) {
            Counter.builder(METER).description("Events received in batches, by type and outcome")
                    .tag("type", typeOf(events.get(event.index())))
                    .tag("outcome", event.outcome().name())
                    .tag("reason", event.problem() == null ? "none" : RefusalCounter.reasonTag(event.problem().reason()))
                    .register(registry).increment();
        }
    }

    private static String typeOf(JsonNode event) {
        JsonNode type = event == null ? null : event.get("type");
        String name = type != null && type.isString() ? type.asString() : "";
        return Arrays.stream(EventType.values()).map(Enum::name).filter(name::equals).findFirst().orElse("unknown");
    }
}
