package org.lingong.platform.api.events;

import java.time.LocalDate;

/** Payload of {@code VISIT_COUNT}: anonymous sessions started on {@code day} since the last report. */
public record VisitCount(LocalDate day, int visits) implements EventPayload {
}
