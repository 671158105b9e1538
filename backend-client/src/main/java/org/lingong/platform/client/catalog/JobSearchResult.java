package org.lingong.platform.client.catalog;

import java.util.List;
import org.lingong.platform.api.jobs.Job;

/** One page of matches; {@code total} counts all matches. */
public record JobSearchResult(int total, List<Job> jobs) {
}
