package org.lingong.platform.client.outbox;

import java.util.ArrayList;
import java.util.List;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventResult;
import org.lingong.platform.api.problem.Problem;

/**
 * Turns the platform's per-event results into outbox settlements. ACCEPTED and DUPLICATE are
 * delivered; REJECTED is parked unless its problem is one that passes (reason {@code conflict}: a
 * concurrent write on the platform; 429; 5xx), in which case the event stays queued. Other 409s such
 * as {@code duplicate-referral} or {@code invalid-transition} are final and parked. An event refused
 * {@value #MAX_PASSING_REFUSALS} times is parked too.
 */
final class BatchOutcomes {

    /** Sends after which an event refused for a passing reason is parked anyway, so that staff see it. */
    static final int MAX_PASSING_REFUSALS = 20;

    private BatchOutcomes() {
    }

    /** @throws IllegalArgumentException if the answer does not hold exactly one result per sent event, in order */
    static List<Settlement> settle(List<OutgoingEvent> sent, EventBatchResult result) {
        if (result == null || result.results() == null || result.results().size() != sent.size()) {
            throw new IllegalArgumentException("the platform answered with a result count that does not match the batch");
        }
        List<Settlement> settlements = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            OutgoingEvent event = sent.get(i);
            EventResult answer = result.results().get(i);
            if (answer.eventId() != null && !answer.eventId().equals(event.envelope().eventId())) {
                throw new IllegalArgumentException("the platform's result " + i + " is for another event");
            }
            settlements.add(settlement(event, answer));
        }
        return settlements;
    }

    static Settlement settlement(OutgoingEvent event, EventResult answer) {
        return switch (answer.outcome()) {
            case ACCEPTED, DUPLICATE -> Settlement.delivered(event.seq(), answer.outcome().name());
            case REJECTED -> rejected(event, answer.problem());
        };
    }

    /** A refusal: kept for another try if it may pass and the event has not been refused too often, else parked. */
    static Settlement rejected(OutgoingEvent event, Problem problem) {
        String reason = problem == null ? "rejected" : problem.reason();
        String detail = problem == null ? "the platform gave no reason" : problem.detail();
        if (!isPassing(problem)) {
            return Settlement.parked(event.seq(), reason, detail);
        }
        if (event.attempts() + 1 >= MAX_PASSING_REFUSALS) {
            return Settlement.parked(event.seq(), reason, "refused " + MAX_PASSING_REFUSALS + " times: " + detail);
        }
        return Settlement.retry(event.seq(), reason, detail);
    }

    /** Refusals that may go away if the same event is sent again later. */
    static boolean isPassing(Problem problem) {
        return problem != null
                && ("conflict".equals(problem.reason()) || problem.status() == 429 || problem.status() >= 500);
    }
}
