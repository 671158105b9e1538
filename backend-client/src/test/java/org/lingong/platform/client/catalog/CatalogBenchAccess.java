package org.lingong.platform.client.catalog;

import java.util.List;
import org.lingong.platform.api.jobs.Job;

/** Lets the benchmark build the in-memory index directly (the index is package-private). */
public final class CatalogBenchAccess {

    /** Jobs with their pinyin initials, as a sync stores them. */
    public static final class Prepared {
        private final List<IndexedJob> jobs;

        private Prepared(List<IndexedJob> jobs) {
            this.jobs = jobs;
        }
    }

    private final JobIndex index;

    private CatalogBenchAccess(JobIndex index) {
        this.index = index;
    }

    /** Computes the pinyin initials of every job (done once per job at sync time). */
    public static Prepared withInitials(List<Job> jobs) {
        return new Prepared(jobs.stream().map(job -> IndexedJob.of(job, IndexedJob.initialsFor(job))).toList());
    }

    /** Builds the in-memory index (done at start-up and after each refresh). */
    public static CatalogBenchAccess index(Prepared prepared) {
        return new CatalogBenchAccess(JobIndex.of(prepared.jobs));
    }

    public JobSearchResult search(JobQuery query) {
        return index.search(query);
    }
}
