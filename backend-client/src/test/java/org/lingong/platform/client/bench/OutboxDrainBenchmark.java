package org.lingong.platform.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.client.outbox.DispatchReport;
import org.lingong.platform.client.outbox.DispatcherSettings;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.OutboxDispatcher;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Draining queued events into the reference platform (in the benchmark's JVM, H2 file database, signed HTTP on
 * loopback): each operation queues 2,000 anonymous events (not timed) and times one flush, in batches of 500 or
 * one request per event. The score is per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OutboxDrainBenchmark {

    private static final int EVENTS = 2_000;

    @Param({"500", "1"})
    public int batchSize;

    private PlatformUnderTest platform;
    private TestKiosk kiosk;
    private Outbox outbox;
    private OutboxDispatcher dispatcher;

    @Setup(Level.Trial)
    public void startPlatform() throws Exception {
        Path dir = Files.createTempDirectory("outbox-bench");
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, dir.resolve("platform"));
        kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, dir.resolve("kiosk"));
        outbox = Outbox.open(dir.resolve("kiosk"));
        dispatcher = new OutboxDispatcher(outbox, kiosk.client().api(),
                DispatcherSettings.defaults().withBatchSize(batchSize), Clock.systemUTC());
    }

    @Setup(Level.Invocation)
    public void queueEvents() {
        outbox.appendAll(TestEvents.anonymous(EVENTS));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public DispatchReport flush() {
        DispatchReport report = dispatcher.flush();
        if (report.delivered() != EVENTS) {
            throw new IllegalStateException("delivered " + report.delivered() + " of " + EVENTS + ": " + report.stop());
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void stopPlatform() throws Exception {
        outbox.close();
        kiosk.close();
        platform.close();
    }
}
