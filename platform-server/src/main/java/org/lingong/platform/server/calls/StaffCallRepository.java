package org.lingong.platform.server.calls;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code staff_call} rows that the console's live list reads and acknowledges. */
@Repository
class StaffCallRepository {

    private static final RowMapper<OpenCall> CALL = (rs, i) -> new OpenCall(rs.getObject("event_id", UUID.class),
            rs.getString("station_code"), rs.getString("station_name"), rs.getString("region_code"),
            rs.getString("district_code"), rs.getString("terminal_id"), instant(rs, "called_at"), rs.getString("screen"),
            instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"));

    private static final String OPEN = """
            SELECT c.*, s.name AS station_name, s.region_code, s.district_code FROM staff_call c JOIN station s ON s.code = c.station_code
            WHERE c.ended_at IS NULL AND c.called_at >= ?""";

    private final JdbcClient jdbc;

    StaffCallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open calls (called since {@code since}) of the stations whose district code starts with the prefix. */
    List<OpenCall> openUnder(String districtPrefix, Instant since) {
        return jdbc.sql(OPEN + " AND s.district_code LIKE ? ORDER BY c.called_at, c.event_id")
                .params(param(since), districtPrefix + "%").query(CALL).list();
    }

    /** Open calls (called since {@code since}) of one station. */
    List<OpenCall> openAt(String stationCode, Instant since) {
        return jdbc.sql(OPEN + " AND c.station_code = ? ORDER BY c.called_at, c.event_id")
                .params(param(since), stationCode).query(CALL).list();
    }

    Optional<OpenCall> open(UUID callId, Instant since) {
        return jdbc.sql(OPEN + " AND c.event_id = ?").params(param(since), callId).query(CALL).optional();
    }

    /** Marks a call acknowledged unless it already is; true if this call did. */
    boolean acknowledge(UUID callId, String by, Instant at) {
        return jdbc.sql("UPDATE staff_call SET acknowledged_at = ?, acknowledged_by = ? WHERE event_id = ? "
                + "AND acknowledged_at IS NULL").params(param(at), by, callId).update() == 1;
    }

    /** A terminal's calls since {@code since} that staff acknowledged and whose session has not ended. */
    List<UUID> acknowledgedOf(String terminalId, Instant since) {
        return jdbc.sql("""
                SELECT event_id FROM staff_call WHERE terminal_id = ? AND called_at >= ? AND acknowledged_at IS NOT NULL
                AND ended_at IS NULL ORDER BY called_at""")
                .params(terminalId, param(since)).query((rs, i) -> rs.getObject("event_id", UUID.class)).list();
    }

    /** Ends a call of this terminal (a call of another terminal is left alone). */
    void end(String terminalId, UUID callId, Instant at) {
        jdbc.sql("UPDATE staff_call SET ended_at = ? WHERE event_id = ? AND terminal_id = ? AND ended_at IS NULL")
                .params(param(at), callId, terminalId).update();
    }
}
