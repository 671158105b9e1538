package org.lingong.platform.server.fleet;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.terminals.TerminalDetail;
import org.lingong.platform.server.terminals.TerminalService;
import org.lingong.platform.server.referrals.ReferralRepository;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.TerminalRepository;
import org.lingong.platform.server.terminals.TerminalRevocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator console's pages (session login and CSRF tokens: see {@code ConsoleSecurityConfig}). */
@RestController
class FleetController {

    private final TerminalRepository terminals;
    private final ReferralRepository referrals;
    private final TerminalRevocation revocation;
    private final boolean demo;
    private final Clock clock;

    private final TerminalService scoped;
    private final CurrentAccount current;

    FleetController(TerminalRepository terminals, ReferralRepository referrals, TerminalRevocation revocation,
                    PlatformProperties properties, Clock clock, TerminalService scoped, CurrentAccount current) {
        this.scoped = scoped;
        this.current = current;
        this.terminals = terminals;
        this.referrals = referrals;
        this.revocation = revocation;
        this.demo = properties.demo().enabled();
        this.clock = clock;
    }

    /** Operator page listing the terminals of the operator's region (a revoke button each) and today's referrals there. */
    @GetMapping("/fleet")
    ResponseEntity<String> fleet(CsrfToken csrf) {
        Instant now = clock.instant();
        LocalDate today = DbTime.statDay(now);
        String prefix = current.require().regionPrefix();
        Set<String> mine = scoped.list(prefix, TerminalDetail.State.ALL).stream().map(t -> t.status().id())
                .collect(Collectors.toSet());
        Set<String> stations = scoped.list(prefix, TerminalDetail.State.ALL).stream().map(t -> t.status().stationCode())
                .collect(Collectors.toSet());
        String html = FleetPage.render(terminals.fleet().stream().filter(t -> mine.contains(t.id())).toList(),
                terminals.parked(), referrals.issuedOn(today).stream().filter(r -> stations.contains(r.stationCode())).toList(),
                today, now,
                new FleetPage.Console(csrf.getParameterName(), csrf.getToken(), demo));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    /** The revoke button of a row; the CSRF token of the form is checked before this runs. */
    @PostMapping("/fleet/terminals/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (scoped.find(current.require().regionPrefix(), id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        revocation.revoke(id);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/fleet")).build();
    }
}
