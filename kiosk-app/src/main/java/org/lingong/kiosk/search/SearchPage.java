package org.lingong.kiosk.search;

import java.util.List;

import org.lingong.platform.api.jobs.Job;

/** One page of matching jobs; {@code total} counts every match. */
public record SearchPage(int total, List<Job> jobs) {

    public SearchPage {
        jobs = List.copyOf(jobs);
    }
}
