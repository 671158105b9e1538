package org.lingong.platform.server.employers;

import java.time.Instant;
import java.time.LocalDate;

/** A posting with its review state; {@code jobId} is the published job while approved. */
public record Posting(long id, long employerId, String employerName, PostingState state, String rejectReason,
                      Long jobId, PostingDraft draft, Instant updatedAt, String reviewedBy, Instant reviewedAt) {

    public boolean endedBefore(LocalDate today) {
        return draft.endDate().isBefore(today);
    }
}
