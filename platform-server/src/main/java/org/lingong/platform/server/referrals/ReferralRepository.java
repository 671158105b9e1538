package org.lingong.platform.server.referrals;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.referrals.ReferralView;
import org.lingong.platform.server.support.DbTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReferralRepository {

    private static final RowMapper<StoredReferral> ROW = (rs, i) -> new StoredReferral(rs.getObject("id", UUID.class),
            rs.getString("terminal_id"), rs.getString("station_code"), rs.getLong("worker_id"), rs.getLong("job_id"),
            instant(rs, "issued_at"), instant(rs, "expires_at"), ReferralState.valueOf(rs.getString("state")),
            instant(rs, "checked_in_at"), instant(rs, "outcome_at"));

    private static final RowMapper<ReferralView> VIEW = (rs, i) -> new ReferralView(rs.getObject("id", UUID.class),
            rs.getString("terminal_id"), rs.getString("station_code"), rs.getLong("job_id"), rs.getString("title"),
            rs.getString("name_masked"), ReferralState.valueOf(rs.getString("state")), instant(rs, "issued_at"),
            instant(rs, "expires_at"), instant(rs, "checked_in_at"), instant(rs, "outcome_at"), rs.getString("slip_number"));

    private final JdbcClient jdbc;

    public ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredReferral> find(UUID id) {
        return jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id).query(ROW).optional();
    }

    /** The newest referral of this worker and job still valid at {@code at} (issued or checked in, not expired). */
    public Optional<StoredReferral> validFor(long workerId, long jobId, Instant at) {
        return jdbc.sql("""
                SELECT * FROM referral WHERE worker_id = ? AND job_id = ? AND expires_at > ?
                  AND state IN ('ISSUED', 'CHECKED_IN') ORDER BY issued_at DESC LIMIT 1""")
                .params(workerId, jobId, param(at)).query(ROW).optional();
    }

    public void insert(StoredReferral r, EmploymentStatus status) {
        insert(r, status, null);
    }

    /** {@code slipNumber}: the number printed on the slip, {@code null} when the kiosk did not report it. */
    public void insert(StoredReferral r, EmploymentStatus status, String slipNumber) {
        jdbc.sql("""
                INSERT INTO referral (id, terminal_id, station_code, worker_id, job_id, issued_at, expires_at, state,
                  issued_day, employment_status, slip_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.terminalId(), r.stationCode(), r.workerId(), r.jobId(), param(r.issuedAt()),
                        param(r.expiresAt()), r.state().name(), DbTime.statDay(r.issuedAt()), status.name(), slipNumber)
                .update();
    }

    public void checkIn(UUID id, Instant at, String recordedBy) {
        jdbc.sql("""
                UPDATE referral SET state = 'CHECKED_IN', checked_in_at = ?, checkin_day = ?, recorded_by = ?
                WHERE id = ?""").params(param(at), DbTime.statDay(at), recordedBy, id).update();
    }

    public void outcome(UUID id, ReferralState state, Instant at, String recordedBy, String note) {
        jdbc.sql("""
                UPDATE referral SET state = ?, outcome_at = ?, outcome_day = ?, recorded_by = ?, note = ? WHERE id = ?""")
                .params(state.name(), param(at), DbTime.statDay(at), recordedBy, note, id).update();
    }

    /** Referrals issued on {@code day} (statistics zone), newest first, with job title and masked worker name. */
    public List<ReferralView> issuedOn(LocalDate day) {
        return jdbc.sql("""
                SELECT r.*, j.title, w.name_masked FROM referral r
                JOIN job j ON j.id = r.job_id JOIN worker w ON w.id = r.worker_id
                WHERE r.issued_day = ? ORDER BY r.issued_at DESC""").param(day).query(VIEW).list();
    }
}
