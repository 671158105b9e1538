package org.lingong.platform.server.events;

import static org.lingong.platform.server.support.DbTime.param;

import java.util.UUID;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency log: one row per applied event id. */
@Repository
class EventLogRepository {

    private final JdbcClient jdbc;

    EventLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the event id; false if this terminal's event with this id was applied before (the caller must then roll
     * back). An id another terminal holds is refused (409 {@code event-id-taken}): it is not this event's duplicate.
     */
    boolean claim(EventContext context) {
        int inserted = jdbc.sql("""
                INSERT INTO event_log (event_id, terminal_id, station_code, type, occurred_at, received_at, stat_day)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(context.event().eventId(), context.terminal().id(), context.terminal().stationCode(),
                        context.event().type().name(), param(context.event().occurredAt()),
                        param(context.receivedAt()), context.statDay())
                .update();
        if (inserted == 1) {
            return true;
        }
        String holder = jdbc.sql("SELECT terminal_id FROM event_log WHERE event_id = ?").param(context.event().eventId())
                .query(String.class).single();
        if (!holder.equals(context.terminal().id())) {
            throw ApiException.conflict("event-id-taken", "another terminal's event has this eventId: choose a new one");
        }
        return false;
    }

    void attachWorker(UUID eventId, long workerId) {
        jdbc.sql("UPDATE event_log SET worker_id = ? WHERE event_id = ?").params(workerId, eventId).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM event_log").query(Long.class).single();
    }
}
