package org.lingong.platform.server.remote;

import static org.lingong.platform.server.support.DbTime.param;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.lingong.platform.api.remote.RemoteProtocol;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/diagnostics}: a terminal uploads its redacted diagnostic bundle (UTF-8 text). */
@RestController
class DiagnosticsController {

    private final JdbcClient jdbc;
    private final Clock clock;

    DiagnosticsController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping(value = "/api/v1/diagnostics", consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> upload(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                             @RequestBody byte[] body) {
        if (body.length == 0 || body.length > RemoteProtocol.MAX_DIAGNOSTIC_BYTES) {
            throw ApiException.badRequest("invalid-value", "a diagnostic bundle is 1 to "
                    + RemoteProtocol.MAX_DIAGNOSTIC_BYTES + " bytes of UTF-8 text");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badRequest("invalid-value", "a diagnostic bundle is text");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO terminal_diagnostic (terminal_id, received_at, body) VALUES (?, ?, ?)")
                .params(terminal.id(), param(clock.instant()), text).update(keys, "id");
        return Map.of("id", keys.getKey().longValue());
    }
}
