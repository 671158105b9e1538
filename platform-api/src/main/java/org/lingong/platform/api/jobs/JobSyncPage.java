package org.lingong.platform.api.jobs;

import java.util.List;

/**
 * One page of the delta sync {@code GET /api/v1/jobs?since=cursor&limit=n}. Changes are in
 * change-sequence order; {@code nextCursor} is passed as {@code since} for the next page (and kept
 * when {@code hasMore} is false, for the next sync). Cursors are opaque decimal strings; start with {@code 0}.
 */
public record JobSyncPage(List<Job> jobs, List<JobTombstone> tombstones, String nextCursor, boolean hasMore) {
}
