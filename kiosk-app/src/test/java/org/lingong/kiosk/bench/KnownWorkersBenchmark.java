package org.lingong.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lingong.kiosk.recognition.KioskSecret;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.worker.ActiveWorker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The known-worker store (SQLite, ID numbers kept as keyed hashes, texts sealed) holding {@code workers} fictional
 * workers in a fresh temporary directory: looking one up by ID number as a card tap does, and remembering one (one
 * durable transaction) as a registration does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnownWorkersBenchmark {

    @Param("2000")
    public int workers;

    private KnownWorkers store;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("known-workers-bench-");
        store = KnownWorkers.open(dir, KioskSecret.loadOrCreate(dir), Clock.systemUTC());
        for (int i = 0; i < workers; i++) {
            store.remember(idNumber(i), worker(i));
        }
    }

    @Benchmark
    public Optional<ActiveWorker> lookUpByIdNumber() {
        next = (next + 7919) % workers;
        return store.byIdNumber(idNumber(next));
    }

    @Benchmark
    public void rememberAgain() {
        next = (next + 7919) % workers;
        store.remember(idNumber(next), worker(next));
    }

    @TearDown
    public void close() {
        store.close();
    }

    private static String idNumber(int i) {
        return String.format(Locale.ROOT, "15010219800101%04d", i);
    }

    private static ActiveWorker worker(int i) {
        return new ActiveWorker("w-bench-" + i, "张*明", "150***********" + i % 10);
    }
}
