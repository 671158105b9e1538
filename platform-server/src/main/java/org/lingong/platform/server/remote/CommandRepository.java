package org.lingong.platform.server.remote;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.CommandResult;
import org.lingong.platform.api.remote.RemoteCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commands queued for terminals and what the terminals reported. */
@Repository
class CommandRepository {

    /** One command as the console lists it. */
    record QueuedCommand(UUID id, CommandKind kind, Instant issuedAt, String issuedBy, String state, Instant reportedAt,
                         String detail) {
    }

    private final JdbcClient jdbc;

    CommandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RemoteCommand queue(String terminalId, CommandKind kind, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO terminal_command (id, terminal_id, kind, issued_at, issued_by, state) VALUES (?, ?, ?, ?, ?, 'PENDING')")
                .params(id, terminalId, kind.name(), param(now), actor).update();
        return new RemoteCommand(id, kind, now);
    }

    List<RemoteCommand> pending(String terminalId) {
        return jdbc.sql("SELECT id, kind, issued_at FROM terminal_command WHERE terminal_id = ? AND state = 'PENDING' ORDER BY issued_at, id")
                .param(terminalId)
                .query((rs, i) -> new RemoteCommand(rs.getObject("id", UUID.class), CommandKind.valueOf(rs.getString("kind")),
                        instant(rs, "issued_at")))
                .list();
    }

    /** Records a result once: a command of another terminal, or one already reported, is left alone. */
    void report(String terminalId, CommandResult result, Instant now) {
        String detail = result.detail() == null ? null
                : result.detail().length() > 200 ? result.detail().substring(0, 200) : result.detail();
        jdbc.sql("UPDATE terminal_command SET state = ?, reported_at = ?, detail = ? WHERE id = ? AND terminal_id = ? AND state = 'PENDING'")
                .params(result.outcome().name(), param(now), detail, result.id(), terminalId).update();
    }

    List<QueuedCommand> latest(String terminalId, int limit) {
        return jdbc.sql("SELECT * FROM terminal_command WHERE terminal_id = ? ORDER BY issued_at DESC, id LIMIT ?")
                .params(terminalId, limit)
                .query((rs, i) -> new QueuedCommand(rs.getObject("id", UUID.class), CommandKind.valueOf(rs.getString("kind")),
                        instant(rs, "issued_at"), rs.getString("issued_by"), rs.getString("state"),
                        instant(rs, "reported_at"), rs.getString("detail")))
                .list();
    }
}
