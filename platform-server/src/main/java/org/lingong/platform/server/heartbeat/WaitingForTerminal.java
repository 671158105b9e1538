package org.lingong.platform.server.heartbeat;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.terminals.TerminalRepository;
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

    private static final String WAITING = """
            EXISTS (SELECT 1 FROM terminal_command WHERE terminal_id = ? AND state = 'PENDING') AS commands,
              EXISTS (SELECT 1 FROM staff_call WHERE terminal_id = ? AND called_at >= ?
                AND acknowledged_at IS NOT NULL AND ended_at IS NULL) AS calls""";

    /** {@code callsSince}: calls made before this are no longer open. */
    Waiting of(String terminalId, Instant callsSince) {
        return jdbc.sql("SELECT " + WAITING).params(terminalId, terminalId, param(callsSince))
                .query((rs, i) -> new Waiting(rs.getBoolean("commands"), rs.getBoolean("calls"))).single();
    }

    /**
     * Spends the heartbeat's nonce, records the heartbeat ({@code update}) and tells what waits: on PostgreSQL in one
     * statement and one commit (the update only if the nonce was new), elsewhere in three.
     *
     * @throws org.lingong.platform.server.signing.SignatureCheck.SignatureRefusal if the nonce was used before
     */
    Waiting afterHeartbeat(NonceClaim nonce, TerminalRepository.HeartbeatUpdate update, String terminalId,
                           Instant callsSince) {
        List<Object> parameters = new ArrayList<>(update.parameters());
        parameters.addAll(List.of(terminalId, terminalId, param(callsSince)));
        return nonce.spendWithin(jdbc, ", beat AS (" + update.sql() + " AND EXISTS (SELECT 1 FROM nonce) RETURNING 1)"
                        + " SELECT EXISTS (SELECT 1 FROM nonce) AS fresh, (SELECT COUNT(*) FROM beat) AS beats, " + WAITING,
                parameters, (rs, i) -> new Waiting(rs.getBoolean("commands"), rs.getBoolean("calls")), () -> {
                    jdbc.sql(update.sql()).params(update.parameters()).update();
                    return of(terminalId, callsSince);
                });
    }
}
