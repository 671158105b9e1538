package org.lingong.platform.server.events;

import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class EventBatchController {

    private final EventIngestor ingestor;
    private final EventCounter counter;

    EventBatchController(EventIngestor ingestor, EventCounter counter) {
        this.ingestor = ingestor;
        this.counter = counter;
    }

    /** Idempotent batch ingestion; answers 200 with one result per event even if some are rejected. */
    @PostMapping({"/api/v1/events:batch", "/api/v1/events/batch"})
    EventBatchResult ingest(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                            @RequestBody JsonNode batch) {
        EventBatchResult result = ingestor.ingest(terminal, batch);
        counter.count(batch, result);
        return result;
    }
}
