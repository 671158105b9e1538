package org.lingong.platform.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.lingong.platform.client.outbox.DispatchReport;
import org.lingong.platform.client.outbox.DispatcherSettings;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.OutboxDispatcher;
import org.lingong.platform.client.testing.PlatformUnderTest;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;

/**
 * Draining queued events into the local reference platform (in this JVM, H2 file database, over HTTP
 * on loopback): 10,000 events in batches of 500, then 10,000 with one request per event, in the same
 * run after a warm-up of both paths (client and platform JIT). Run on demand:
 * {@code java -cp <test classpath> org.lingong.platform.client.bench.OutboxDrainBench [events]}.
 */
public final class OutboxDrainBench {

    private OutboxDrainBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("outbox-bench");
        try (PlatformUnderTest platform = PlatformUnderTest.start(dir.resolve("platform"));
             TestKiosk kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, dir.resolve("kiosk"));
             Outbox outbox = Outbox.open(dir.resolve("kiosk"))) {
            drain(outbox, kiosk, 5_000, 500, "warm-up, batched");
            drain(outbox, kiosk, 500, 1, "warm-up, one by one");
            double batched = drain(outbox, kiosk, events, 500, "batches of 500");
            double single = drain(outbox, kiosk, events, 1, "one request per event");
            System.out.printf("batched / one-by-one: %.1f x%n", batched / single);
            System.out.printf("platform holds %d events from the terminal%n", platform.eventRows(kiosk.terminalId()));
        }
    }

    /** Queues {@code count} events, then times one flush; returns events per second. */
    private static double drain(Outbox outbox, TestKiosk kiosk, int count, int batchSize, String label) {
        long queueStart = System.nanoTime();
        outbox.appendAll(TestEvents.anonymous(count));
        long queued = System.nanoTime() - queueStart;
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, kiosk.client().api(),
                DispatcherSettings.defaults().withBatchSize(batchSize), Clock.systemUTC());
        long start = System.nanoTime();
        DispatchReport report = dispatcher.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = report.delivered() / seconds;
        System.out.printf("%-24s %6d events delivered in %7.2f s = %8.0f events/s (%s; queued in one transaction in %d ms)%n",
                label, report.delivered(), seconds, rate, report.stop(), queued / 1_000_000);
        return rate;
    }
}
