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

    @Test
    void remoteSettingsAndCommandsArriveSignedByThePinnedKeyAndAreReportedApplied() throws Exception {
        try (BackendClient backend = open()) {
            var identity = backend.enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT));
            assertThat(identity.platformKey()).as("pinned at enrollment").isNotNull();
            String page = "console/terminals/" + identity.terminalId() + "/remote";
            assertThat(platform.consoleForm(page, page + "/settings", java.util.Map.of("idleTimeout", "60",
                    "stationName", "远程配置测试驿站", "serviceItems", "求职登记\n政策咨询", "logLevel", "DEBUG"))).isEqualTo(200);
            assertThat(platform.consoleForm(page, page + "/commands", java.util.Map.of("kind", "RESYNC_CATALOG"))).isEqualTo(303);

            HeartbeatAck first = backend.sendHeartbeat(List.of(), 0).orElseThrow();
            var accepted = backend.remote().receive(first.orders()).orElseThrow();
            assertThat(accepted.newSettings().version()).isEqualTo(first.configVersion()).isPositive();
            assertThat(accepted.newSettings().stationName()).isEqualTo("远程配置测试驿站");
            assertThat(accepted.newSettings().serviceItems()).containsExactly("求职登记", "政策咨询");
            assertThat(accepted.commands()).singleElement()
                    .satisfies(c -> assertThat(c.kind()).isEqualTo(org.lingong.platform.api.remote.CommandKind.RESYNC_CATALOG));
            backend.remote().finished(accepted.commands().get(0).id(),
                    org.lingong.platform.api.remote.CommandOutcome.APPLIED, "catalog re-synced");

            HeartbeatAck second = backend.sendHeartbeat(List.of(), 0).orElseThrow();
            assertThat(second.orders()).as("nothing new once applied and reported").isNull();
            assertThat(platform.consolePage("console/terminals/" + identity.terminalId()))
                    .contains("v" + first.configVersion() + "（终端已应用：v" + first.configVersion() + "）");
            assertThat(platform.consolePage(page)).contains("已执行", "catalog re-synced");
            assertThat(backend.uploadDiagnostics(new org.lingong.platform.api.remote.DiagnosticBundle(null, "app 1.0\nok\n"))
                    .orElseThrow().id()).isPositive();
        }
        try (BackendClient reopened = open()) {
            assertThat(reopened.remote().settings()).get().extracting(s -> s.stationName()).isEqualTo("远程配置测试驿站");
            assertThat(reopened.remote().report().results()).singleElement()
                    .satisfies(r -> assertThat(r.outcome()).isEqualTo(org.lingong.platform.api.remote.CommandOutcome.APPLIED));
        }
    }

    @Test
    void aConsoleFormWithBadValuesIsRefusedAndSavesNothing() throws Exception {
        try (BackendClient backend = open()) {
            var identity = backend.enroll(PlatformUnderTest.BAOTOU.code(), platform.enrollmentCode(PlatformUnderTest.BAOTOU));
            String page = "console/terminals/" + identity.terminalId() + "/remote";
            assertThat(platform.consoleForm(page, page + "/settings", java.util.Map.of("idleTimeout", "5", "paperWidth", "66")))
                    .isEqualTo(400);
            HeartbeatAck ack = backend.sendHeartbeat(List.of(), 0).orElseThrow();
            assertThat(ack.orders()).isNull();
            assertThat(ack.configVersion()).isZero();
        }
    }

    private static void awaitDelivered(BackendClient backend, java.util.UUID eventId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (backend.eventState(eventId).orElseThrow() != EventState.DELIVERED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
