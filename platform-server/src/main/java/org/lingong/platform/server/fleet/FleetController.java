package org.lingong.platform.server.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.lingong.platform.server.referrals.ReferralRepository;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.TerminalRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FleetController {

    private final TerminalRepository terminals;
    private final ReferralRepository referrals;
    private final Clock clock;

    FleetController(TerminalRepository terminals, ReferralRepository referrals, Clock clock) {
        this.terminals = terminals;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** Operator page listing every terminal and today's referrals (operators only). */
    @GetMapping("/fleet")
    ResponseEntity<String> fleet() {
        Instant now = clock.instant();
        LocalDate today = DbTime.statDay(now);
        String html = FleetPage.render(terminals.fleet(), terminals.parked(), referrals.issuedOn(today), today, now);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
