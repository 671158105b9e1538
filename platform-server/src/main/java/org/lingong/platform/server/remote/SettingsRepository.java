package org.lingong.platform.server.remote;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.Optional;
import org.lingong.platform.api.remote.TerminalSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** The append-only history of configurations; the id of a row is its version. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SettingsRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Saves a new version (the version inside {@code settings} is ignored) and returns it with its version. */
    TerminalSettings save(SettingsScope scope, String code, TerminalSettings settings, String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO terminal_settings (scope_kind, scope_code, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)")
                .params(scope.name(), code, json.writeValueAsString(settings), param(now), actor)
                .update(keys, "version");
        long version = keys.getKey().longValue();
        return withVersion(settings, version);
    }

    /** The newest configuration of the scope. */
    Optional<TerminalSettings> latest(SettingsScope scope, String code) {
        return jdbc.sql("""
                SELECT version, body FROM terminal_settings WHERE scope_kind = ? AND scope_code = ?
                ORDER BY version DESC LIMIT 1""").params(scope.name(), code)
                .query((rs, i) -> withVersion(json.readValue(rs.getString("body"), TerminalSettings.class),
                        rs.getLong("version")))
                .optional();
    }

    /** A terminal's configuration: its own if it has one, else its station's default. */
    Optional<TerminalSettings> effective(String terminalId, String stationCode) {
        return latest(SettingsScope.TERMINAL, terminalId).or(() -> latest(SettingsScope.STATION, stationCode));
    }

    private static TerminalSettings withVersion(TerminalSettings s, long version) {
        return new TerminalSettings(version, s.idleTimeoutSeconds(), s.idleWarningSeconds(), s.stationName(),
                s.serviceItems(), s.paperWidth(), s.nativeQr(), s.logLevel());
    }
}
