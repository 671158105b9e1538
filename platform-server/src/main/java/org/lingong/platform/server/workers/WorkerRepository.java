package org.lingong.platform.server.workers;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.Optional;
import org.lingong.platform.api.events.EmploymentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Workers keyed by the ID-number hash; personal fields arrive here already encrypted. */
@Repository
public class WorkerRepository {

    /** The stored, encrypted form of a worker. */
    public record StoredWorker(String idHash, String idCipher, String nameCipher, String nameMasked, String phoneCipher,
                               String skills, Integer expectedDailyPay, String availability,
                               EmploymentStatus employmentStatus) {
    }

    private final JdbcClient jdbc;

    public WorkerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored worker, locked for the rest of the transaction, with the station that holds its record. */
    public record ExistingWorker(long id, StoredWorker stored, String accountableStation) {
    }

    /** The worker with this ID-number hash, row-locked until the caller's transaction ends. */
    public Optional<ExistingWorker> lockByHash(String idHash) {
        return jdbc.sql("SELECT * FROM worker WHERE id_hash = ? FOR UPDATE").param(idHash)
                .query((rs, i) -> new ExistingWorker(rs.getLong("id"), new StoredWorker(rs.getString("id_hash"),
                        rs.getString("id_cipher"), rs.getString("name_cipher"), rs.getString("name_masked"),
                        rs.getString("phone_cipher"), rs.getString("skills"),
                        rs.getObject("expected_daily_pay", Integer.class), rs.getString("availability"),
                        EmploymentStatus.valueOf(rs.getString("employment_status"))),
                        rs.getString("accountable_station")))
                .optional();
    }

    /** Inserts a new worker first seen, and held, at {@code stationCode}; returns its id. */
    public long insert(StoredWorker w, String stationCode, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO worker (id_hash, id_cipher, name_cipher, name_masked, phone_cipher, skills,
                  expected_daily_pay, availability, employment_status, first_station, accountable_station, created_at,
                  updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(w.idHash(), w.idCipher(), w.nameCipher(), w.nameMasked(), w.phoneCipher(), w.skills(),
                        w.expectedDailyPay(), w.availability(), w.employmentStatus().name(), stationCode, stationCode,
                        param(now), param(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Overwrites every field of the worker (same ID-number hash) and who holds the record. */
    public void update(long id, StoredWorker w, String accountableStation, Instant now) {
        jdbc.sql("""
                UPDATE worker SET id_cipher = ?, name_cipher = ?, name_masked = ?, phone_cipher = ?, skills = ?,
                  expected_daily_pay = ?, availability = ?, employment_status = ?, accountable_station = ?,
                  updated_at = ? WHERE id = ?""")
                .params(w.idCipher(), w.nameCipher(), w.nameMasked(), w.phoneCipher(), w.skills(),
                        w.expectedDailyPay(), w.availability(), w.employmentStatus().name(), accountableStation,
                        param(now), id)
                .update();
    }

    /** Links the terminal's own worker reference to the worker (re-pointing an existing link). */
    public void link(String terminalId, String workerRef, long workerId) {
        int updated = jdbc.sql("UPDATE worker_ref SET worker_id = ? WHERE terminal_id = ? AND worker_ref = ?")
                .params(workerId, terminalId, workerRef).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO worker_ref (terminal_id, worker_ref, worker_id) VALUES (?, ?, ?)")
                    .params(terminalId, workerRef, workerId).update();
        }
    }

    public Optional<Long> byRef(String terminalId, String workerRef) {
        return jdbc.sql("SELECT worker_id FROM worker_ref WHERE terminal_id = ? AND worker_ref = ?")
                .params(terminalId, workerRef).query(Long.class).optional();
    }

    public Optional<EmploymentStatus> employmentStatus(long workerId) {
        return jdbc.sql("SELECT employment_status FROM worker WHERE id = ?").param(workerId).query(String.class)
                .optional().map(EmploymentStatus::valueOf);
    }

    /** A worker's employment status and the station holding the record. */
    public record StatusHolder(EmploymentStatus status, String accountableStation) {
    }

    public Optional<StatusHolder> statusHolder(long workerId) {
        return jdbc.sql("SELECT employment_status, accountable_station FROM worker WHERE id = ? FOR UPDATE")
                .param(workerId)
                .query((rs, i) -> new StatusHolder(EmploymentStatus.valueOf(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    public void updateEmploymentStatus(long workerId, EmploymentStatus status, Instant now) {
        jdbc.sql("UPDATE worker SET employment_status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), param(now), workerId).update();
    }

    public Optional<String> maskedName(long workerId) {
        return jdbc.sql("SELECT name_masked FROM worker WHERE id = ?").param(workerId).query(String.class).optional();
    }

    /** The encrypted ID number of a worker (for tests and audited exports). */
    public Optional<String> idCipher(long workerId) {
        return jdbc.sql("SELECT id_cipher FROM worker WHERE id = ?").param(workerId).query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM worker").query(Long.class).single();
    }
}
