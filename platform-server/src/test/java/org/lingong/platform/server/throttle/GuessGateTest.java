package org.lingong.platform.server.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GuessGateTest {

    private static final ThrottleProperties.Limit THREE_PER_HOUR = new ThrottleProperties.Limit(3, Duration.ofHours(1));
    private static final ThrottleProperties.Limit PLENTY = new ThrottleProperties.Limit(1000, Duration.ofHours(1));

    @Test
    void failuresBeyondTheBurstAreRefusedWithTheWaitAndOtherClientsAreNotAffected() {
        GuessGate gate = new GuessGate(THREE_PER_HOUR, null, 0);
        for (int i = 0; i < 3; i++) {
            GuessGate.Ticket ticket = gate.admit("198.51.100.1");
            assertThat(ticket.admitted()).isTrue();
            ticket.finish(false);
        }

        GuessGate.Ticket fourth = gate.admit("198.51.100.1");

        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.retryAfterSeconds()).isBetween(1L, 3600L);
        assertThat(gate.admit("198.51.100.2").admitted()).isTrue();
    }

    @Test
    void successesGiveTheirTryBack() {
        GuessGate gate = new GuessGate(THREE_PER_HOUR, THREE_PER_HOUR, 0);

        for (int i = 0; i < 20; i++) {
            GuessGate.Ticket ticket = gate.admit("198.51.100.3");
            assertThat(ticket.admitted()).as("success %d", i).isTrue();
            ticket.finish(true);
        }
    }

    @Test
    void triesHeldAtOnceAreCountedBeforeTheirOutcomeIsKnown() {
        GuessGate gate = new GuessGate(THREE_PER_HOUR, null, 0);

        GuessGate.Ticket first = gate.admit("198.51.100.4");
        gate.admit("198.51.100.4");
        gate.admit("198.51.100.4");

        assertThat(gate.admit("198.51.100.4").admitted()).isFalse();
        first.finish(true);
        assertThat(gate.admit("198.51.100.4").admitted()).isTrue();
    }

    @Test
    void theSharedLimitStopsACrowdOfClientsAndDoesNotCostAnyoneTheirOwnTry() {
        GuessGate gate = new GuessGate(PLENTY, THREE_PER_HOUR, 0);
        for (int client = 0; client < 3; client++) {
            gate.admit("203.0.113." + client).finish(false);
        }

        GuessGate.Ticket crowd = gate.admit("203.0.113.99");

        assertThat(crowd.admitted()).isFalse();
        assertThat(crowd.reason()).contains("overall");
    }

    @Test
    void onlyTheConfiguredNumberOfChecksRunAtOnce() {
        GuessGate gate = new GuessGate(PLENTY, PLENTY, 1);

        GuessGate.Ticket running = gate.admit("203.0.113.1");
        GuessGate.Ticket meanwhile = gate.admit("203.0.113.2");

        assertThat(running.admitted()).isTrue();
        assertThat(meanwhile.admitted()).isFalse();
        assertThat(meanwhile.reason()).contains("at once");
        running.finish(false);
        assertThat(gate.admit("203.0.113.2").admitted()).isTrue();
    }
}
