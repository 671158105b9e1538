package org.lingong.platform.server.terminals;

import java.time.Clock;
import org.lingong.platform.server.problem.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revokes a terminal, from the API or the console: its signed requests are refused at once on this instance, its
 * slips verify as REVOKED, and listeners of {@link TerminalRevoked} close the ways back in (reusable codes).
 */
@Service
public class TerminalRevocation {

    private static final Logger log = LoggerFactory.getLogger(TerminalRevocation.class);

    private final TerminalRepository terminals;
    private final TerminalDirectory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TerminalRevocation(TerminalRepository terminals, TerminalDirectory directory, ApplicationEventPublisher events,
                       TransactionTemplate transactions, Clock clock) {
        this.terminals = terminals;
        this.directory = directory;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws ApiException 404 if there is no such terminal */
    public void revoke(String terminalId) {
        Terminal terminal = terminals.find(terminalId)
                .orElseThrow(() -> ApiException.notFound("unknown-terminal", "no terminal with this id"));
        transactions.executeWithoutResult(status -> {
            terminals.revoke(terminalId, clock.instant());
            events.publishEvent(new TerminalRevoked(terminalId, terminal.stationCode()));
        });
        directory.evict(terminalId);
        log.info("Terminal {} of station {} revoked", terminalId, terminal.stationCode());
    }
}
