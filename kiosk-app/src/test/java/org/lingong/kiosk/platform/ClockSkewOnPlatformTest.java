package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.staff.BackendPlatformFacts;
import org.lingong.kiosk.staff.HealthViewModel;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.kiosk.testing.NoRefusals;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * A kiosk whose clock is 10 minutes ahead, against the real platform: the platform refuses its signed heartbeats, and
 * the kiosk says why in its own words (status bar: 本机时钟不准; staff screen: 时钟偏差 10 分钟, this kiosk ahead),
 * measured from the platform's {@code Date} header, instead of the generic "平台拒绝连接".
 */
class ClockSkewOnPlatformTest {

    @TempDir
    Path temp;

    @Test
    void aClockTenMinutesAheadIsShownAsClockSkewNotAsAGenericRefusal() throws Exception {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        DriverStatusSource status = new DriverStatusSource();
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                BackendClient backend = BackendClient.open(BackendSettings.of(platform.url(), temp.resolve("kiosk"),
                        "test"), ahead)) {
            PlatformConnection connection = new PlatformConnection(backend, new PlatformProperties(true, platform.url(), null,
                    PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk").toString(), Duration.ofSeconds(1),
                    Duration.ofMinutes(5)), PlatformUnderTest.DEMO_STATION, status, new PlatformContent(), () -> { },
                    NoRefusals.reporter(backend));
            connection.start();
            try {
                RunningKioskContext.await("the clock skew on the status bar",
                        () -> platformStatus(status).wordsKey().equals("status.platform.clockSkew"));
            } finally {
                connection.stop();
            }
            assertThat(connection.link()).isEqualTo(PlatformLink.CLOCK_SKEW);

            HealthViewModel health = new HealthViewModel(() -> null, new BackendPlatformFacts(backend),
                    new CurrentThreadTaskExecutor(), ZoneId.of("Asia/Shanghai"), "test");
            health.refresh();
            assertThat(health.clockKey().get()).isEqualTo("staff.health.clockAhead");
            assertThat(health.clockMinutes().get()).isEqualTo(10L);
        }
    }

    private static DeviceStatus platformStatus(DriverStatusSource status) {
        return status.snapshot().stream().filter(s -> s.kind() == DeviceKind.PLATFORM).findFirst().orElseThrow();
    }
}
