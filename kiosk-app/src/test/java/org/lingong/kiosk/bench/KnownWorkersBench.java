package org.lingong.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

import org.lingong.kiosk.recognition.KioskSecret;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.worker.ActiveWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the known-worker store takes on this machine: remembering (one durable transaction each) and looking up
 * by ID number, over {@code N} (default 2000) fictional workers in a fresh temporary directory. Prints medians and
 * p95 in milliseconds. Not a test: {@code java -cp … org.lingong.kiosk.bench.KnownWorkersBench [N]}.
 */
public final class KnownWorkersBench {

    private static final Logger log = LoggerFactory.getLogger(KnownWorkersBench.class);

    private KnownWorkersBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("known-workers-bench-");
        long[] remember = new long[n];
        long[] lookUp = new long[n];
        try (KnownWorkers store = KnownWorkers.open(dir, KioskSecret.loadOrCreate(dir), Clock.systemUTC())) {
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                store.remember(idNumber(i), new ActiveWorker("w-bench-" + i, "张*明", "150***********" + i % 10));
                remember[i] = System.nanoTime() - start;
            }
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                store.byIdNumber(idNumber((i * 7919) % n)).orElseThrow();
                lookUp[i] = System.nanoTime() - start;
            }
            log.info("{} workers, file {} KiB", store.count(), Files.size(store.file()) / 1024);
        }
        log.info("remember: {}", stats(remember));
        log.info("look up by ID number: {}", stats(lookUp));
    }

    private static String idNumber(int i) {
        return String.format(Locale.ROOT, "15010219800101%04d", i);
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.3f ms, p95 %.3f ms, max %.3f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
