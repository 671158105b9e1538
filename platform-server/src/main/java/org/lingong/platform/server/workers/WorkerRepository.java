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

    public Optional<Long> idByHash(String idHash) {
        return jdbc.sql("SELECT id FROM worker WHERE id_hash = ?").param(idHash).query(Long.class).optional();
    }

    /** Inserts the worker or updates the one with the same ID-number hash; returns its id. */
    public long upsert(StoredWorker w, String stationCode, Instant now) {
        Optional<Long> existing = idByHash(w.idHash());
        if (existing.isPresent()) {
            jdbc.sql("""
                    UPDATE worker SET id_cipher = ?, name_cipher = ?, name_masked = ?, phone_cipher = ?, skills = ?,
                      expected_daily_pay = ?, availability = ?, employment_status = ?, updated_at = ? WHERE id = ?""")
                    .params(w.idCipher(), w.nameCipher(), w.nameMasked(), w.phoneCipher(), w.skills(),
                            w.expectedDailyPay(), w.availability(), w.employmentStatus().name(), param(now),
                            existing.get())
                    .update();
            return existing.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO worker (id_hash, id_cipher, name_cipher, name_masked, phone_cipher, skills,
                  expected_daily_pay, availability, employment_status, first_station, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(w.idHash(), w.idCipher(), w.nameCipher(), w.nameMasked(), w.phoneCipher(), w.skills(),
                        w.expectedDailyPay(), w.availability(), w.employmentStatus().name(), stationCode, param(now),
                        param(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
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
