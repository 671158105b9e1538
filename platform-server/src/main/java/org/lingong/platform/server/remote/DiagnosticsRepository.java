package org.lingong.platform.server.remote;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Diagnostic bundles uploaded by terminals. */
@Repository
class DiagnosticsRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    DiagnosticsRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a bundle; its id. */
    long store(String terminalId, String text) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO terminal_diagnostic (terminal_id, received_at, body) VALUES (?, ?, ?)")
                .params(terminalId, param(clock.instant()), text).update(keys, "id");
        return keys.getKey().longValue();
    }
}
