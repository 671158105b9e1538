package org.lingong.platform.server.remote;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the console changes: configurations and commands, each with its audit entry in the same transaction. */
@Service
public class RemoteConsole {

    private final SettingsRepository settings;
    private final CommandRepository commands;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RemoteConsole(SettingsRepository settings, CommandRepository commands, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.commands = commands;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves a new version for the scope; {@code districtCode} is where the audit entry belongs. */
    @Transactional
    public TerminalSettings save(String actor, SettingsScope scope, String code, TerminalSettings values, String districtCode) {
        TerminalSettings saved = settings.save(scope, code, values, actor, clock.instant());
        audit.record(actor, scope == SettingsScope.TERMINAL ? "terminal.settings" : "station.settings",
                scope.name().toLowerCase() + ":" + code, "远程配置 v" + saved.version(), districtCode);
        return saved;
    }

    @Transactional
    public RemoteCommand queue(String actor, String terminalId, CommandKind kind, String districtCode) {
        RemoteCommand command = commands.queue(terminalId, kind, actor, clock.instant());
        audit.record(actor, "terminal.command", "terminal:" + terminalId, "远程命令 " + kind.name(), districtCode);
        return command;
    }

    public Optional<TerminalSettings> latest(SettingsScope scope, String code) {
        return settings.latest(scope, code);
    }

    public Optional<TerminalSettings> effective(String terminalId, String stationCode) {
        return settings.effective(terminalId, stationCode);
    }

    List<CommandRepository.QueuedCommand> commands(String terminalId) {
        return commands.latest(terminalId, 20);
    }

    /** What the terminal last reported applied. */
    public AppliedState applied(String terminalId) {
        return jdbc.sql("SELECT applied_config_version, config_refusal FROM terminal WHERE id = ?").param(terminalId)
                .query((rs, i) -> new AppliedState(rs.getObject("applied_config_version", Long.class),
                        rs.getString("config_refusal")))
                .optional().orElse(new AppliedState(null, null));
    }
}
