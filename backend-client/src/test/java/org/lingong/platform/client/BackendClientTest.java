package org.lingong.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.client.catalog.RefreshResult;
import org.lingong.platform.client.outbox.EventState;
import org.lingong.platform.client.referral.IssuedReferral;
import org.lingong.platform.client.referral.OfflineVerdict;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.testing.platform.PlatformUnderTest;

/** The wired backend as the kiosk uses it, against the real platform. */
class BackendClientTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    BackendClient open() throws Exception {
        return BackendClient.open(BackendSettings.of(platform.url(), dataDir, "kiosk-test-1.0"), Clock.systemUTC());
    }

    @Test
    void queuesBeforeEnrollmentThenDeliversSyncsAndReportsAfterIt() throws Exception {
        var event = TestEvents.workerRegistered("w-b1", 41);
        String terminalId;
        try (BackendClient backend = open()) {
            assertThat(backend.identity()).isEmpty();
            assertThatThrownBy(backend::referralIssuer).isInstanceOf(IllegalStateException.class);
            backend.send(event);
            backend.start();
            assertThat(backend.deliverNow().stop()).isEqualTo(org.lingong.platform.client.outbox.DispatchReport.Stop.UNAUTHORIZED);
            assertThat(backend.checkEnrollment()).isEqualTo(org.lingong.platform.client.enrollment.TerminalStatus.NOT_ENROLLED);

            terminalId = backend.enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT)).terminalId();
            awaitDelivered(backend, event.eventId());
            RefreshResult refresh = backend.catalog().refresh();
            HeartbeatAck ack = backend.sendHeartbeat(List.of(new DeviceReport("printer", DeviceState.ONLINE, null)), 0).orElseThrow();

            assertThat(platform.eventIds(terminalId)).containsExactly(event.eventId());
            assertThat(refresh.outcome()).isEqualTo(RefreshResult.Outcome.COMPLETE);
            assertThat(ack.serverTime()).isNotNull();
        }
        try (BackendClient reopened = open()) {
            assertThat(reopened.identity()).get().extracting(i -> i.terminalId()).isEqualTo(terminalId);
            IssuedReferral referral = reopened.referralIssuer().issue(1, Duration.ofDays(1));
            assertThat(reopened.referralVerifier().verifyOffline(referral.token()).status()).isEqualTo(OfflineVerdict.Status.VALID);
            assertThat(reopened.eventState(event.eventId())).contains(EventState.DELIVERED);
        }
    }

    @Test
    void aKioskClockTenMinutesAheadIsRefusedAndTheSkewIsMeasuredFromThePlatformsDateHeader() throws Exception {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        try (BackendClient backend = BackendClient.open(BackendSettings.of(platform.url(), dataDir, "kiosk-test-1.0"), ahead)) {
            assertThat(backend.clockSkew()).as("before any answer").isEmpty();
            backend.enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT)); // unsigned

            var answer = backend.sendHeartbeat(List.of(), 0);

            assertThat(answer).isInstanceOf(org.lingong.platform.client.http.ApiResult.Rejected.class);
            assertThat(((org.lingong.platform.client.http.ApiResult.Rejected<HeartbeatAck>) answer).problem().reason())
                    .isEqualTo("stale-timestamp");
            assertThat(backend.clockSkew()).get().satisfies(skew -> assertThat(skew)
                    .isBetween(Duration.ofMinutes(-10).minusSeconds(30), Duration.ofMinutes(-10).plusSeconds(30)));
        }
    }

    @Test
    void aKioskOnTimeMeasuresASkewOfAboutNothing() throws Exception {
        try (BackendClient backend = open()) {
            backend.enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT));

            assertThat(backend.sendHeartbeat(List.of(), 0)).isInstanceOf(org.lingong.platform.client.http.ApiResult.Success.class);
            assertThat(backend.clockSkew()).get().satisfies(skew -> assertThat(skew.abs()).isLessThan(Duration.ofSeconds(30)));
        }
    }

    private static void awaitDelivered(BackendClient backend, java.util.UUID eventId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (backend.eventState(eventId).orElseThrow() != EventState.DELIVERED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
