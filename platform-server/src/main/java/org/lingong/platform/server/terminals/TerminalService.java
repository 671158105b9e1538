package org.lingong.platform.server.terminals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The console's view of terminals: lists by region and state, details, alerts, revocation with an audit entry. */
@Service
public class TerminalService {

    private final TerminalRepository terminals;
    private final TerminalRevocation revocation;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration offlineLimit;

    TerminalService(TerminalRepository terminals, TerminalRevocation revocation, AuditLog audit, Clock clock,
                    @Value("${platform.console.offline-alert:PT10M}") Duration offlineLimit) {
        this.terminals = terminals;
        this.revocation = revocation;
        this.audit = audit;
        this.clock = clock;
        this.offlineLimit = offlineLimit;
    }

    public Duration offlineLimit() {
        return offlineLimit;
    }

    public Clock clock() {
        return clock;
    }

    /** Terminals under the district prefix (an operator's region, or a narrower one inside it) in the given state. */
    public List<TerminalDetail> list(String districtPrefix, TerminalDetail.State state) {
        return terminals.under(districtPrefix).stream().filter(t -> t.matches(state, offlineLimit, clock.instant())).toList();
    }

    /** The terminal, if it is under the prefix. */
    public Optional<TerminalDetail> find(String districtPrefix, String id) {
        return terminals.under(districtPrefix).stream().filter(t -> t.status().id().equals(id)).findFirst();
    }

    /** Revokes a terminal under the prefix; false if there is none. */
    public boolean revoke(String actor, String districtPrefix, String id) {
        Optional<TerminalDetail> terminal = find(districtPrefix, id);
        if (terminal.isEmpty()) {
            return false;
        }
        revocation.revoke(id);
        audit.record(actor, "terminal.revoke", "terminal:" + id, "停用终端（驿站 " + terminal.get().status().stationCode() + "）",
                terminal.get().districtCode());
        return true;
    }
}
