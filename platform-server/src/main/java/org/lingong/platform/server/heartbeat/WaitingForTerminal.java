package org.lingong.platform.server.heartbeat;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether anything waits for a terminal's heartbeat answer: a pending remote command (remote package) or a staff call
 * that staff acknowledged and that is still open (calls package). One round trip for both; the heartbeat looks the
 * details up only for what waits, which is seldom. The conditions are those of
 * {@code CommandRepository.pending} and {@code StaffCallRepository.acknowledgedOf}.
 */
@Repository
class WaitingForTerminal {

    record Waiting(boolean commands, boolean acknowledgedCalls) {
    }

    private final JdbcClient jdbc;

    WaitingForTerminal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code callsSince}: calls made before this are no longer open. */
    Waiting of(String terminalId, Instant callsSince) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM terminal_command WHERE terminal_id = ? AND state = 'PENDING') AS commands,
                  EXISTS (SELECT 1 FROM staff_call WHERE terminal_id = ? AND called_at >= ?
                    AND acknowledged_at IS NOT NULL AND ended_at IS NULL) AS calls""")
                .params(terminalId, terminalId, param(callsSince))
                .query((rs, i) -> new Waiting(rs.getBoolean("commands"), rs.getBoolean("calls"))).single();
    }
}
