package org.lingong.platform.server.seed.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import org.lingong.platform.server.seed.SeedGenerator;
import org.lingong.platform.server.seed.SeedJob;

/**
 * Measures generating 100,000 jobs: wall and thread CPU time per run (after a cold run) and the
 * retained heap of the list. CPU time is the steadier number on a shared, loaded machine.
 * Run on demand, not part of the test suite:
 * {@code mvn -q -pl platform-server -am test-compile} then
 * {@code java -cp platform-server/target/test-classes:platform-server/target/classes org.lingong.platform.server.seed.bench.SeedBenchmark}.
 */
public final class SeedBenchmark {

    private static final int JOBS = 100_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private SeedBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long coldStart = System.nanoTime();
        new SeedGenerator(1).jobs(JOBS, TODAY);
        System.out.printf("cold run (class loading, JIT): %d ms%n", (System.nanoTime() - coldStart) / 1_000_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<SeedJob> jobs = new SeedGenerator(run).jobs(JOBS, TODAY);
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long elapsed = System.nanoTime() - start;
            System.out.printf("run %d: %,d jobs in %d ms wall, %d ms CPU of this thread (%.1f µs/job CPU)%n", run,
                    jobs.size(), elapsed / 1_000_000, cpu / 1_000_000, cpu / 1000.0 / jobs.size());
        }
        System.out.printf("retained heap for %,d jobs: about %d MB%n", JOBS, retainedBytes() / (1024 * 1024));
        long streamStart = System.nanoTime();
        long open = new SeedGenerator(9).jobStream(JOBS, TODAY).filter(job -> job.status().name().equals("OPEN")).count();
        System.out.printf("streamed %,d jobs without keeping them (%,d open) in %d ms%n", JOBS, open,
                (System.nanoTime() - streamStart) / 1_000_000);
    }

    private static long retainedBytes() {
        long before = usedAfterGc();
        List<SeedJob> jobs = new SeedGenerator(42).jobs(JOBS, TODAY);
        long after = usedAfterGc();
        if (jobs.isEmpty()) {
            throw new IllegalStateException("no jobs generated");
        }
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
