package org.lingong.platform.server.events;

import org.lingong.platform.server.problem.ApiException;

/** An event that cannot be read; carries the problem for its batch result. */
final class EventRejection extends RuntimeException {

    private final ApiException problem;

    EventRejection(ApiException problem) {
        super(problem.getMessage(), null, false, false);
        this.problem = problem;
    }

    ApiException problem() {
        return problem;
    }
}
