package org.lingong.platform.api.jobs;

import java.time.Instant;

/** A job deleted since the cursor: drop it from the local catalog. */
public record JobTombstone(long id, Instant deletedAt) {
}
