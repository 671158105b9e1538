package org.lingong.platform.server.workers;

import static org.lingong.platform.server.support.DbTime.param;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of worker records: who changed which fields when; never the values. */
@Repository
class WorkerAuditRepository {

    enum Action { CREATED, UPDATED }

    private final JdbcClient jdbc;

    WorkerAuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long workerId, Action action, Set<WorkerField> fields, WorkerChangeSource source, boolean cardRead,
                boolean consent, String accountableStation) {
        String names = fields.stream().map(WorkerField::wireName).collect(Collectors.joining(","));
        jdbc.sql("""
                INSERT INTO worker_audit (worker_id, action, changed_fields, changed_at, occurred_at, terminal_id,
                  station_code, event_id, card_read, consent, accountable_station)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workerId, action.name(), names, param(source.receivedAt()), param(source.occurredAt()),
                        source.terminalId(), source.stationCode(), source.eventId(), cardRead, consent,
                        accountableStation)
                .update();
    }
}
