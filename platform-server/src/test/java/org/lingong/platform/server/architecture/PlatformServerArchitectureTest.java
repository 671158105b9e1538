package org.lingong.platform.server.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.lingong.architecture.HouseRules;
import org.lingong.architecture.KnownViolation;
import org.lingong.architecture.SpringServerRules;

/** The shared house rules and the server's layering (web → service → repository), on the production classes. */
class PlatformServerArchitectureTest {

    private static final String BASE = "org.lingong.platform.server";

    private static final JavaClasses SERVER = HouseRules.productionClasses(BASE);

    /**
     * Controllers that read a repository without a service today: each is a pass-through read or a one-call update
     * with no rule for a service to hold. Delete an entry when a service takes the call over; any other
     * controller-to-repository access fails.
     */
    private static final List<KnownViolation> LAYER_EXCEPTIONS = List.of(
            KnownViolation.dependency(BASE + ".fleet.FleetController", BASE + ".terminals.TerminalRepository",
                    "the fleet page lists terminals read-only; no rule sits between the page and the query"),
            KnownViolation.dependency(BASE + ".fleet.FleetController", BASE + ".referrals.ReferralRepository",
                    "the fleet page counts the day's referrals read-only"),
            KnownViolation.dependency(BASE + ".referrals.ReferralController", BASE + ".referrals.ReferralRepository",
                    "the operator's list of referrals issued on a day is a read-only query"),
            KnownViolation.dependency(BASE + ".terminals.TerminalOperatorController", BASE + ".terminals.TerminalRepository",
                    "listing and revoking terminals are single repository calls; there is no TerminalService yet"));

    /** No controller touches JDBC today, so there is no exception. */
    private static final List<KnownViolation> JDBC_EXCEPTIONS = List.of();

    /**
     * SecurityConfig wires the signing filter, which needs the terminal directory, whose cache TTL is read from
     * PlatformProperties in config. Moving PlatformProperties (or the filter's wiring) out of config removes both.
     */
    private static final KnownViolation.Cycle[] KNOWN_CYCLES = {
        KnownViolation.cycle("SecurityConfig builds SignedRequestFilter from TerminalDirectory; TerminalDirectory reads "
                + "its cache TTL from config.PlatformProperties", "config", "terminals"),
        KnownViolation.cycle("the same edge through signing: SecurityConfig → SignedRequestFilter → TerminalDirectory "
                + "→ PlatformProperties", "config", "signing", "terminals"),
    };

    @Test
    void codecsArePure() {
        HouseRules.codecsArePure().check(SERVER);
    }

    @Test
    void noPackageCyclesBeyondTheDocumentedOnes() {
        HouseRules.noPackageCycles(BASE, KNOWN_CYCLES).check(SERVER);
    }

    @Test
    void webThenServiceThenRepository() {
        SpringServerRules.webThenServiceThenRepository(LAYER_EXCEPTIONS).check(SERVER);
    }

    @Test
    void controllersDoNotTouchJdbc() {
        SpringServerRules.controllersDoNotTouchJdbc(JDBC_EXCEPTIONS).check(SERVER);
    }
}
