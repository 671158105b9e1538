package org.lingong.platform.client.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.catalog.CatalogBenchAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rebuilding the offline catalog of 50,000 jobs: the pinyin initials of every job (sync-time work, stored with the
 * job) and the in-memory search index (built at start-up and after every refresh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogRebuildBenchmark {

    @Param("50000")
    public int jobs;

    private List<Job> catalog;
    private CatalogBenchAccess.Prepared prepared;

    @Setup
    public void setUp() throws Exception {
        catalog = new BenchJobs(20_261_127L).generate(jobs, CatalogSearchBenchmark.TODAY);
        prepared = CatalogBenchAccess.withInitials(catalog);
    }

    @Benchmark
    public CatalogBenchAccess.Prepared pinyinInitials() {
        return CatalogBenchAccess.withInitials(catalog);
    }

    @Benchmark
    public CatalogBenchAccess buildIndex() {
        return CatalogBenchAccess.index(prepared);
    }
}
