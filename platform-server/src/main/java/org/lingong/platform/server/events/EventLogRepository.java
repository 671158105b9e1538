package org.lingong.platform.server.events;

import static org.lingong.platform.server.support.DbTime.param;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency log: one row per applied event id. */
@Repository
class EventLogRepository {

    private final JdbcClient jdbc;

    EventLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the event id; false if it was applied before (the caller must then roll back). */
    boolean claim(EventContext context) {
        try {
            jdbc.sql("""
                    INSERT INTO event_log (event_id, terminal_id, station_code, type, occurred_at, received_at, stat_day)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(context.event().eventId(), context.terminal().id(), context.terminal().stationCode(),
                            context.event().type().name(), param(context.event().occurredAt()),
                            param(context.receivedAt()), context.statDay())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void attachWorker(UUID eventId, long workerId) {
        jdbc.sql("UPDATE event_log SET worker_id = ? WHERE event_id = ?").params(workerId, eventId).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM event_log").query(Long.class).single();
    }
}
