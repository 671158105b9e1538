package org.lingong.platform.server.terminals;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TerminalOperatorController {

    private final TerminalRepository terminals;
    private final TerminalRevocation revocation;

    TerminalOperatorController(TerminalRepository terminals, TerminalRevocation revocation) {
        this.terminals = terminals;
        this.revocation = revocation;
    }

    @GetMapping("/api/v1/operator/terminals")
    List<TerminalStatus> list() {
        return terminals.fleet();
    }

    /** Revokes a terminal: its signed requests are refused and its referral slips verify as REVOKED. */
    @PostMapping("/api/v1/operator/terminals/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        revocation.revoke(id);
    }
}
