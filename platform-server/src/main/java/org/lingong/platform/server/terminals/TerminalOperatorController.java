package org.lingong.platform.server.terminals;

import java.time.Clock;
import java.util.List;
import org.lingong.platform.server.problem.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TerminalOperatorController {

    private static final Logger log = LoggerFactory.getLogger(TerminalOperatorController.class);

    private final TerminalRepository terminals;
    private final TerminalDirectory directory;
    private final Clock clock;

    TerminalOperatorController(TerminalRepository terminals, TerminalDirectory directory, Clock clock) {
        this.terminals = terminals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/api/v1/operator/terminals")
    List<TerminalStatus> list() {
        return terminals.fleet();
    }

    /** Revokes a terminal: its signed requests are refused and its referral slips verify as REVOKED. */
    @PostMapping("/api/v1/operator/terminals/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        if (!terminals.revoke(id, clock.instant())) {
            throw ApiException.notFound("unknown-terminal", "no terminal with this id");
        }
        directory.evict(id);
        log.info("Terminal {} revoked", id);
    }
}
