package org.lingong.platform.client.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.events.EventType;

/**
 * The outbox's SQL over one SQLite connection. Every method is one transaction and synchronized: the
 * kiosk's appenders and the dispatcher share the connection, never across an HTTP call.
 */
final class OutboxStore implements AutoCloseable {

    private static final String NEXT_BATCH = """
            SELECT seq, event_id, type, worker_ref, occurred_at, payload, attempts FROM event e
            WHERE state = 'PENDING'
              AND (worker_ref IS NULL OR NOT EXISTS (
                    SELECT 1 FROM event p WHERE p.state = 'PARKED' AND p.worker_ref = e.worker_ref AND p.seq < e.seq))
            ORDER BY seq LIMIT ?""";

    private final Connection connection;

    OutboxStore(Connection connection) {
        this.connection = connection;
    }

    synchronized byte[] meta(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    synchronized void putMeta(String key, byte[] value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setBytes(2, value);
            insert.executeUpdate();
        }
    }

    /** Inserts all rows in one transaction; rows whose event id is already queued are skipped. Returns rows inserted. */
    synchronized int insert(List<StoredEvent> rows, Instant queuedAt) throws SQLException {
        return inTransaction(() -> {
            int inserted = 0;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT OR IGNORE INTO event (event_id, type, worker_ref, occurred_at, queued_at, payload, state)
                    VALUES (?, ?, ?, ?, ?, ?, 'PENDING')""")) {
                for (StoredEvent row : rows) {
                    insert.setString(1, row.eventId());
                    insert.setString(2, row.type());
                    insert.setString(3, row.workerRef());
                    insert.setString(4, row.occurredAt());
                    insert.setLong(5, queuedAt.toEpochMilli());
                    insert.setBytes(6, row.sealedPayload());
                    inserted += insert.executeUpdate();
                }
            }
            return inserted;
        });
    }

    /** Pending events in queue order, skipping events of a worker who has an earlier parked event. */
    synchronized List<StoredEvent> nextBatch(int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, limit);
            List<StoredEvent> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBytes(6), rs.getInt(7)));
                }
            }
            return rows;
        }
    }

    synchronized void settle(List<Settlement> settlements, Instant now) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement deliver = connection.prepareStatement(
                    "UPDATE event SET state = 'DELIVERED', outcome = ?, attempts = attempts + 1, settled_at = ? WHERE seq = ?");
                 PreparedStatement park = connection.prepareStatement(
                         "UPDATE event SET state = 'PARKED', problem_reason = ?, problem_detail = ?, attempts = attempts + 1, settled_at = ? WHERE seq = ?");
                 PreparedStatement retry = connection.prepareStatement(
                         "UPDATE event SET problem_reason = ?, problem_detail = ?, attempts = attempts + 1 WHERE seq = ?")) {
                for (Settlement s : settlements) {
                    switch (s.kind()) {
                        case DELIVERED -> update(deliver, s.outcome(), now.toEpochMilli(), s.seq());
                        case PARKED -> update(park, s.reason(), s.detail(), now.toEpochMilli(), s.seq());
                        case RETRY -> update(retry, s.reason(), s.detail(), s.seq());
                    }
                }
                deliver.executeBatch();
                park.executeBatch();
                retry.executeBatch();
            }
            return null;
        });
    }

    synchronized OutboxStats stats(Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT (SELECT count(*) FROM event WHERE state = 'PENDING'),
                       (SELECT min(queued_at) FROM event WHERE state = 'PENDING'),
                       (SELECT count(*) FROM event WHERE state = 'PARKED')""");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            long oldest = rs.getLong(2);
            Duration age = rs.wasNull() ? Duration.ZERO : Duration.ofMillis(Math.max(0, now.toEpochMilli() - oldest));
            return new OutboxStats(rs.getInt(1), age, rs.getInt(3));
        }
    }

    synchronized List<ParkedEvent> parked() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT event_id, type, occurred_at, settled_at, problem_reason, problem_detail
                FROM event WHERE state = 'PARKED' ORDER BY seq""");
             ResultSet rs = select.executeQuery()) {
            List<ParkedEvent> parked = new ArrayList<>();
            while (rs.next()) {
                parked.add(new ParkedEvent(UUID.fromString(rs.getString(1)), EventType.valueOf(rs.getString(2)),
                        Instant.parse(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6)));
            }
            return parked;
        }
    }

    /** The row of {@code eventId} in any state, or null if it was never queued or is purged. */
    synchronized StoredEvent byEventId(String eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, event_id, type, worker_ref, occurred_at, payload, attempts FROM event WHERE event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), rs.getInt(7)) : null;
            }
        }
    }

    /** Whether an event of {@code workerRef} is parked (the worker's later events then wait behind it). */
    synchronized boolean hasParked(String workerRef) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM event WHERE state = 'PARKED' AND worker_ref = ? LIMIT 1")) {
            select.setString(1, workerRef);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Puts parked events (all if {@code eventId} is null) back in the queue at their old position. */
    synchronized int unpark(String eventId) throws SQLException {
        String sql = "UPDATE event SET state = 'PENDING', settled_at = NULL WHERE state = 'PARKED'"
                + (eventId == null ? "" : " AND event_id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            if (eventId != null) {
                update.setString(1, eventId);
            }
            return update.executeUpdate();
        }
    }

    synchronized int purgeDeliveredBefore(Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM event WHERE state = 'DELIVERED' AND settled_at < ?")) {
            delete.setLong(1, cutoff.toEpochMilli());
            return delete.executeUpdate();
        }
    }

    /** The state of one event ({@code PENDING}, {@code DELIVERED}, {@code PARKED}), or null if unknown or purged. */
    synchronized String stateOf(String eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state FROM event WHERE event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void update(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
