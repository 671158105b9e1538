package org.lingong.platform.api.events;

import java.util.UUID;
import org.lingong.platform.api.problem.Problem;

/** @param problem only for {@link EventOutcome#REJECTED}; {@code eventId} may be null if it was unreadable */
public record EventResult(UUID eventId, int index, EventOutcome outcome, Problem problem) {
}
