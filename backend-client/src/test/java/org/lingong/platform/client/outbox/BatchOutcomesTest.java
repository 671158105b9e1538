package org.lingong.platform.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventOutcome;
import org.lingong.platform.api.events.EventResult;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.client.testing.TestEvents;

/** How the platform's per-event answers settle outbox rows. */
class BatchOutcomesTest {

    static OutgoingEvent sent(long seq, int attempts) {
        return new OutgoingEvent(seq, TestEvents.visits(1), attempts);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            409, conflict,           RETRY
            429, rate-limited,       RETRY
            503, unavailable,        RETRY
            409, duplicate-referral, PARKED
            409, invalid-transition, PARKED
            400, missing-consent,    PARKED
            404, unknown-job,        PARKED
            """)
    void parksOnlyRefusalsThatRetryingCannotFix(int status, String reason, Settlement.Kind expected) {
        Settlement settlement = BatchOutcomes.rejected(sent(1, 0), Problem.of(status, reason, "t", "d"));

        assertThat(settlement.kind()).isEqualTo(expected);
        assertThat(settlement.reason()).isEqualTo(reason);
    }

    @Test
    void parksAPassingRefusalAfterTooManyAttempts() {
        Settlement settlement = BatchOutcomes.rejected(sent(1, BatchOutcomes.MAX_PASSING_REFUSALS - 1),
                Problem.of(409, "conflict", "t", "written concurrently"));

        assertThat(settlement.kind()).isEqualTo(Settlement.Kind.PARKED);
        assertThat(settlement.detail()).startsWith("refused 20 times");
    }

    @Test
    void refusesAnAnswerThatDoesNotMatchTheBatch() {
        List<OutgoingEvent> batch = List.of(sent(1, 0), sent(2, 0));
        EventBatchResult short1 = new EventBatchResult(1, 0, 0,
                List.of(new EventResult(batch.get(0).envelope().eventId(), 0, EventOutcome.ACCEPTED, null)));
        EventBatchResult swapped = new EventBatchResult(2, 0, 0, List.of(
                new EventResult(batch.get(1).envelope().eventId(), 0, EventOutcome.ACCEPTED, null),
                new EventResult(batch.get(0).envelope().eventId(), 1, EventOutcome.ACCEPTED, null)));

        assertThatThrownBy(() -> BatchOutcomes.settle(batch, short1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchOutcomes.settle(batch, swapped)).isInstanceOf(IllegalArgumentException.class);
    }
}
