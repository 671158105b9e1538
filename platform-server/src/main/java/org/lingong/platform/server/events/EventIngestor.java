package org.lingong.platform.server.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.events.EventBatch;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventOutcome;
import org.lingong.platform.api.events.EventResult;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.terminals.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applies a batch event by event, each in its own transaction: the event id is claimed in the
 * idempotency log first (a second claim means DUPLICATE and changes nothing), then the event is
 * applied; any rejection rolls the whole event back. A value the database refuses rejects that event only; a
 * transient database failure fails the request (the kiosk resends, events already applied come back DUPLICATE).
 */
@Service
public class EventIngestor {

    private static final Logger log = LoggerFactory.getLogger(EventIngestor.class);

    private final EventReader reader;
    private final EventApplier applier;
    private final EventLogRepository eventLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EventIngestor(EventReader reader, EventApplier applier, EventLogRepository eventLog,
                  TransactionTemplate transactions, Clock clock) {
        this.reader = reader;
        this.applier = applier;
        this.eventLog = eventLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public EventBatchResult ingest(Terminal terminal, JsonNode batch) {
        JsonNode events = batch == null ? null : batch.get("events");
        if (events == null || !events.isArray() || events.isEmpty() || events.size() > EventBatch.MAX_EVENTS) {
            throw ApiException.badRequest("invalid-batch", "events must be an array of 1-" + EventBatch.MAX_EVENTS + " events");
        }
        List<EventResult> results = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            results.add(ingestOne(terminal, events.get(i), i));
        }
        int accepted = count(results, EventOutcome.ACCEPTED);
        int duplicates = count(results, EventOutcome.DUPLICATE);
        int rejected = count(results, EventOutcome.REJECTED);
        log.info("Batch from {}: {} accepted, {} duplicate, {} rejected", terminal.id(), accepted, duplicates, rejected);
        return new EventBatchResult(accepted, duplicates, rejected, results);
    }

    private EventResult ingestOne(Terminal terminal, JsonNode node, int index) {
        UUID eventId = reader.eventIdOrNull(node);
        try {
            EventEnvelope event = reader.read(node);
            EventContext context = new EventContext(event, terminal, clock.instant());
            EventOutcome outcome = transactions.execute(status -> {
                if (!eventLog.claim(context)) {
                    status.setRollbackOnly();
                    return EventOutcome.DUPLICATE;
                }
                applier.apply(context);
                return EventOutcome.ACCEPTED;
            });
            return new EventResult(eventId, index, outcome, null);
        } catch (EventRejection e) {
            return new EventResult(eventId, index, EventOutcome.REJECTED, e.problem().toProblem());
        } catch (ApiException e) {
            return new EventResult(eventId, index, EventOutcome.REJECTED, e.toProblem());
        } catch (DuplicateKeyException e) {
            return new EventResult(eventId, index, EventOutcome.REJECTED,
                    ApiException.conflict("conflict", "the event conflicts with data written concurrently").toProblem());
        } catch (NonTransientDataAccessException e) {
            log.warn("Event {} of a batch from {} refused by the database: {}", index, terminal.id(),
                    e.getMostSpecificCause().getClass().getSimpleName());
            return new EventResult(eventId, index, EventOutcome.REJECTED,
                    ApiException.badRequest("invalid-value", "a value is too long or out of range").toProblem());
        }
    }

    private static int count(List<EventResult> results, EventOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
