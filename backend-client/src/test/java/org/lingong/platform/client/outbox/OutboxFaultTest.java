package org.lingong.platform.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.client.http.HttpSettings;
import org.lingong.platform.client.testing.FaultProxy;
import org.lingong.platform.client.testing.FaultProxy.Fault;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * Delivery through faults: whatever happens on the way, the platform ends up holding every event
 * exactly once and the outbox is empty.
 */
class OutboxFaultTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path kioskDir;
    FaultProxy proxy;
    TestKiosk kiosk;
    Outbox outbox;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void enrollBehindProxy() throws Exception {
        proxy = new FaultProxy(platform.port());
        HttpSettings settings = HttpSettings.defaults().withReadTimeout(Duration.ofMillis(1500)).withAttempts(1, Duration.ofMillis(10));
        kiosk = TestKiosk.enroll(platform, proxy.url(), PlatformUnderTest.HOHHOT, kioskDir, settings);
        outbox = Outbox.open(kioskDir);
    }

    @AfterEach
    void close() throws Exception {
        outbox.close();
        kiosk.close();
        proxy.close();
    }

    OutboxDispatcher dispatcher(int batchSize) {
        return new OutboxDispatcher(outbox, kiosk.client().api(), DispatcherSettings.defaults().withBatchSize(batchSize)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), Clock.systemUTC());
    }

    List<EventEnvelope> queue(int n) {
        List<EventEnvelope> events = TestEvents.anonymous(n);
        outbox.appendAll(events);
        return events;
    }

    void assertDeliveredExactlyOnce(List<EventEnvelope> events) {
        Set<UUID> ids = events.stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
        assertThat(platform.eventIds(kiosk.terminalId())).isEqualTo(ids);
        assertThat(platform.eventRows(kiosk.terminalId())).isEqualTo(events.size());
        assertThat(outbox.stats().depth()).isZero();
        assertThat(outbox.stats().parked()).isZero();
    }

    @Test
    void anAnswerLostAfterThePlatformStoredTheBatchLeadsToAResendThatIsNotCountedTwice() {
        List<EventEnvelope> events = queue(30);
        proxy.inject(Fault.ANSWER_500_AFTER_PROCESSING, 1);

        DispatchReport failed = dispatcher(10).flush();
        int storedDespiteFailure = platform.eventRows(kiosk.terminalId());
        DispatchReport recovered = dispatcher(10).flush();

        assertThat(failed.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(failed.detail()).contains("SERVER_ERROR");
        assertThat(storedDespiteFailure).isEqualTo(10);
        assertThat(recovered.stop()).isEqualTo(DispatchReport.Stop.DRAINED);
        assertDeliveredExactlyOnce(events);
    }

    @Test
    void aConnectionCutWhileThePlatformAnswersLeadsToAResendThatIsNotCountedTwice() {
        List<EventEnvelope> events = queue(30);
        proxy.inject(Fault.CUT_AFTER_PROCESSING, 2);

        DispatchReport failed = dispatcher(10).flush();
        DispatchReport failedAgain = dispatcher(10).flush();
        DispatchReport recovered = dispatcher(10).flush();

        assertThat(failed.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(failed.detail()).contains("NETWORK");
        assertThat(failedAgain.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(recovered.stop()).isEqualTo(DispatchReport.Stop.DRAINED);
        assertDeliveredExactlyOnce(events);
    }

    @Test
    void refusedConnectionsAnd503AnswersKeepTheEventsQueued() {
        List<EventEnvelope> events = queue(12);
        proxy.inject(Fault.CUT_BEFORE_REQUEST, 1);
        DispatchReport cut = dispatcher(5).flush();
        proxy.inject(Fault.ANSWER_503, 1);
        DispatchReport unavailable = dispatcher(5).flush();

        assertThat(cut.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(unavailable.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(unavailable.detail()).contains("503");
        assertThat(outbox.stats().depth()).isEqualTo(12);
        assertThat(platform.eventRows(kiosk.terminalId())).isZero();

        assertThat(dispatcher(5).flush().stop()).isEqualTo(DispatchReport.Stop.DRAINED);
        assertDeliveredExactlyOnce(events);
    }

    @Test
    void aStalledLineTimesOutAndDeliveryResumesAfterwards() {
        List<EventEnvelope> events = queue(8);
        proxy.inject(Fault.STALL, 1);

        DispatchReport stalled = dispatcher(8).flush();

        assertThat(stalled.stop()).isEqualTo(DispatchReport.Stop.UNAVAILABLE);
        assertThat(stalled.detail()).contains("TIMEOUT");
        assertThat(dispatcher(8).flush().stop()).isEqualTo(DispatchReport.Stop.DRAINED);
        assertDeliveredExactlyOnce(events);
    }

    @Test
    void theBackgroundDispatcherRetriesThroughAStretchOfFaultsWithBackoff() throws Exception {
        List<EventEnvelope> events = queue(40);
        proxy.inject(Fault.ANSWER_503, 4);
        try (OutboxDispatcher dispatcher = dispatcher(10)) {
            dispatcher.start();
            dispatcher.wake();
            awaitEmpty(Duration.ofSeconds(30));
        }
        assertThat(proxy.injected()).isEqualTo(4);
        assertDeliveredExactlyOnce(events);
    }

    @Test
    void thePlatformStoppedAndRestartedMidFlushEndsWithEveryEventOnce() throws Exception {
        List<EventEnvelope> events = queue(600);
        try (OutboxDispatcher dispatcher = dispatcher(20)) {
            dispatcher.start();
            dispatcher.wake();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (platform.eventRows(kiosk.terminalId()) < 60 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            platform.stop();
            int depthWhileDown = outbox.stats().depth();
            Thread.sleep(500);
            platform.restart();
            assertThat(depthWhileDown).isPositive();
            awaitEmpty(Duration.ofSeconds(60));
        }
        assertDeliveredExactlyOnce(events);
    }

    private void awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outbox.stats().depth() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
