package org.lingong.platform.server.remote;

import java.nio.charset.StandardCharsets;
import org.lingong.platform.api.remote.DiagnosticBundle;
import org.lingong.platform.api.remote.DiagnosticReceipt;
import org.lingong.platform.api.remote.RemoteProtocol;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/diagnostics}: a terminal uploads its redacted diagnostic bundle. */
@RestController
class DiagnosticsController {

    private final DiagnosticsService diagnostics;

    DiagnosticsController(DiagnosticsService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @PostMapping("/api/v1/diagnostics")
    @ResponseStatus(HttpStatus.CREATED)
    DiagnosticReceipt upload(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                             @RequestBody DiagnosticBundle bundle) {
        String text = bundle.text();
        if (text == null || text.isEmpty() || text.getBytes(StandardCharsets.UTF_8).length > RemoteProtocol.MAX_DIAGNOSTIC_BYTES) {
            throw ApiException.badRequest("invalid-value", "text: a diagnostic bundle is 1 to "
                    + RemoteProtocol.MAX_DIAGNOSTIC_BYTES + " bytes of UTF-8 text");
        }
        return new DiagnosticReceipt(diagnostics.store(terminal.id(), text));
    }
}
