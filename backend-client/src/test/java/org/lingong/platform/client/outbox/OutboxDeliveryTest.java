package org.lingong.platform.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.lingong.testing.MutableClock;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;

/** The outbox delivering to the real platform over HTTP. */
class OutboxDeliveryTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path kioskDir;
    TestKiosk kiosk;
    MutableClock clock = new MutableClock(Instant.now());
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
    void enroll() {
        kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, kioskDir);
        outbox = Outbox.open(kioskDir.resolve("outbox.db"), kioskDir.resolve("outbox.key"), clock);
    }

    @AfterEach
    void close() {
        outbox.close();
        kiosk.close();
    }

    OutboxDispatcher dispatcher(int batchSize) {
        return new OutboxDispatcher(outbox, kiosk.client().api(), DispatcherSettings.defaults().withBatchSize(batchSize), clock);
    }

    static Set<UUID> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
    }

    @Test
    void deliversEveryQueuedEventOnceInBatches() {
        List<EventEnvelope> events = new ArrayList<>(TestEvents.anonymous(45));
        events.add(TestEvents.workerRegistered("w-1", 1));
        events.add(TestEvents.workerUpdated("w-1", 1));
        events.add(TestEvents.printerPaperLow());
        events.forEach(outbox::append);
        assertThat(outbox.stats().depth()).isEqualTo(48);

        DispatchReport report = dispatcher(10).flush();

        assertThat(report.stop()).isEqualTo(DispatchReport.Stop.DRAINED);
        assertThat(report.delivered()).isEqualTo(48);
        assertThat(platform.eventIds(kiosk.terminalId())).isEqualTo(ids(events));
        assertThat(platform.workerRefs(kiosk.terminalId())).containsExactly("w-1");
        assertThat(outbox.stats()).isEqualTo(new OutboxStats(0, Duration.ZERO, 0));
        assertThat(outbox.state(events.get(0).eventId())).contains(EventState.DELIVERED);
    }

    @Test
    void aSecondFlushSendsNothingAndARepeatedAppendIsIgnored() {
        EventEnvelope event = TestEvents.visits(3);
        assertThat(outbox.append(event)).isTrue();
        assertThat(outbox.append(event)).isFalse();
        dispatcher(10).flush();

        DispatchReport again = dispatcher(10).flush();

        assertThat(again.delivered()).isZero();
        assertThat(platform.eventRows(kiosk.terminalId())).isEqualTo(1);
    }

    @Test
    void parksAnEventThePlatformRefusesAndHoldsThatWorkersLaterEventsBehindIt() {
        EventEnvelope noConsent = TestEvents.workerRegistered("w-2", 2, false);
        EventEnvelope sameWorkerLater = TestEvents.workerUpdated("w-2", 2);
        EventEnvelope otherWorker = TestEvents.workerRegistered("w-3", 3);
        outbox.append(noConsent);
        outbox.append(TestEvents.visits(1));
        DispatchReport first = dispatcher(1).flush();
        outbox.append(sameWorkerLater);
        outbox.append(otherWorker);

        DispatchReport second = dispatcher(10).flush();

        assertThat(first.parked()).isEqualTo(1);
        assertThat(second.delivered()).isEqualTo(1);
        assertThat(outbox.parked()).singleElement().satisfies(parked -> {
            assertThat(parked.eventId()).isEqualTo(noConsent.eventId());
            assertThat(parked.reason()).isNotBlank();
            assertThat(parked.detail()).doesNotContain(TestEvents.idNumber(2)).doesNotContain(TestEvents.FICTIONAL_NAME);
        });
        assertThat(outbox.state(sameWorkerLater.eventId())).contains(EventState.PENDING);
        assertThat(outbox.stats().parked()).isEqualTo(1);
        assertThat(platform.eventIds(kiosk.terminalId())).contains(otherWorker.eventId())
                .doesNotContain(noConsent.eventId(), sameWorkerLater.eventId());
    }

    @Test
    void tellsOfARefusalAfterTheFlushThatGotItAndNotAfterOnesThatParkedNothing() {
        List<DispatchReport> told = java.util.Collections.synchronizedList(new ArrayList<>());
        OutboxDispatcher dispatcher = dispatcher(10);
        dispatcher.onRefusals(told::add);
        dispatcher.onRefusals(report -> {
            throw new IllegalStateException("a broken listener");
        });
        outbox.append(TestEvents.visits(1));
        dispatcher.flush();
        assertThat(told).isEmpty();

        outbox.append(TestEvents.workerRegistered("w-4", 4, false));
        DispatchReport refused = dispatcher.flush();

        assertThat(told).containsExactly(refused);
        assertThat(refused.parked()).isEqualTo(1);
        assertThat(outbox.hasParked("w-4")).isTrue();
    }

    @Test
    void staffCanRetryAParkedEvent() {
        EventEnvelope noConsent = TestEvents.workerRegistered("w-4", 4, false);
        outbox.append(noConsent);
        dispatcher(10).flush();
        assertThat(outbox.parked()).hasSize(1);

        assertThat(outbox.retryParked(noConsent.eventId())).isTrue();
        assertThat(outbox.stats().depth()).isEqualTo(1);
        DispatchReport report = dispatcher(10).flush();

        assertThat(report.parked()).isEqualTo(1);
        assertThat(outbox.parked()).hasSize(1);
    }

    @Test
    void reportsDepthAndAgeOfTheOldestWaitingEvent() {
        outbox.append(TestEvents.visits(1));
        clock.advance(Duration.ofMinutes(7));
        outbox.append(TestEvents.visits(2));

        OutboxStats stats = outbox.stats();

        assertThat(stats.depth()).isEqualTo(2);
        assertThat(stats.oldestAge()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void deletesDeliveredEventsOnlyAfterTheRetentionPeriod() {
        EventEnvelope event = TestEvents.visits(1);
        outbox.append(event);
        dispatcher(10).flush();

        clock.advance(Duration.ofDays(6));
        assertThat(outbox.purgeDelivered(Duration.ofDays(7))).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(outbox.purgeDelivered(Duration.ofDays(7))).isEqualTo(1);
        assertThat(outbox.state(event.eventId())).isEmpty();
    }

    @Test
    void backgroundDispatcherDeliversSoonAfterAWake() throws Exception {
        try (OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, kiosk.client().api(),
                DispatcherSettings.defaults(), Clock.systemUTC())) {
            dispatcher.start();
            EventEnvelope event = TestEvents.feedback(5);
            outbox.append(event);
            dispatcher.wake();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (outbox.state(event.eventId()).orElseThrow() != EventState.DELIVERED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(platform.eventRows(kiosk.terminalId())).isEqualTo(1);
    }

    @Test
    void appendsFromSeveralThreadsWhileTheDispatcherRunsAreAllDeliveredOnce() throws Exception {
        List<EventEnvelope> all = java.util.Collections.synchronizedList(new ArrayList<>());
        try (OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, kiosk.client().api(),
                DispatcherSettings.defaults().withBatchSize(50), Clock.systemUTC())) {
            dispatcher.start();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread writer = new Thread(() -> {
                    for (EventEnvelope event : TestEvents.anonymous(100)) {
                        outbox.append(event);
                        all.add(event);
                        dispatcher.wake();
                    }
                });
                writers.add(writer);
                writer.start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (outbox.stats().depth() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(platform.eventIds(kiosk.terminalId())).isEqualTo(ids(all));
        assertThat(platform.eventRows(kiosk.terminalId())).isEqualTo(400);
    }

    @Test
    void stopsAsUnauthorizedWhenTheTerminalIsRevokedAndKeepsTheEvents() {
        outbox.append(TestEvents.visits(1));
        platform.revoke(kiosk.terminalId());

        DispatchReport report = dispatcher(10).flush();

        assertThat(report.stop()).isEqualTo(DispatchReport.Stop.UNAUTHORIZED);
        assertThat(report.detail()).contains("revoked-terminal");
        assertThat(outbox.stats().depth()).isEqualTo(1);
    }
}
