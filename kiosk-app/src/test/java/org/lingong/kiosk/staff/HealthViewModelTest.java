package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.status.DemoDeviceStatusSource;
import org.lingong.kiosk.status.StatusBarViewModel;

class HealthViewModelTest {

    /** An outbox with parked events that staff can send again. */
    private static final class FakePlatform implements PlatformFacts {
        int pending = 2;
        int parked = 3;
        Optional<Duration> skew = Optional.empty();

        @Override
        public Optional<Duration> clockSkew() {
            return skew;
        }

        @Override
        public Snapshot snapshot() {
            return new Snapshot(Optional.of("T-0042"), pending, parked, Optional.of(Instant.parse("2026-11-27T01:30:00Z")));
        }

        @Override
        public int retryParked() {
            int count = parked;
            pending += parked;
            parked = 0;
            return count;
        }
    }

    private final FakePlatform platform = new FakePlatform();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final HealthViewModel health = new HealthViewModel(
            () -> new StatusBarViewModel(new DemoDeviceStatusSource(), executor), platform, executor,
            ZoneId.of("Asia/Shanghai"), "1.2.3");

    @Test
    void showsTheTerminalTheOutboxAndTheCatalogTimeInLocalTime() {
        health.refresh();

        assertThat(health.terminalId().get()).isEqualTo("T-0042");
        assertThat(health.snapshot().get().pending()).isEqualTo(2);
        assertThat(health.snapshot().get().parked()).isEqualTo(3);
        assertThat(health.catalogTime().get()).isEqualTo("2026-11-27 09:30");
        assertThat(health.appVersion()).isEqualTo("1.2.3");
    }

    @Test
    void sendAgainQueuesTheParkedEventsAndSaysHowMany() {
        health.refresh();

        health.retryParked();

        assertThat(health.result().get()).isEqualTo("staff.health.resent");
        assertThat(health.resent().get()).isEqualTo(3);
        assertThat(health.snapshot().get().parked()).isZero();
        assertThat(health.snapshot().get().pending()).isEqualTo(5);

        health.clearSession();
        assertThat(health.result().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -PT7M10S | staff.health.clockAhead  | 7
            PT12M40S | staff.health.clockBehind | 13
            PT50S    | staff.health.clockOk     | 1
            -PT59S   | staff.health.clockOk     | 1
            PT1M     | staff.health.clockBehind | 1
            """, delimiter = '|')
    void theClockSkewAgainstThePlatformIsItsOwnLine(String skew, String key, long minutes) {
        platform.skew = Optional.of(Duration.parse(skew));

        health.refresh();

        assertThat(health.clockKey().get()).isEqualTo(key);
        if (!key.endsWith("Ok")) {
            assertThat(health.clockMinutes().get()).isEqualTo(minutes);
        }
    }

    @Test
    void beforeThePlatformAnsweredNothingIsSaidAboutTheClock() {
        health.refresh();

        assertThat(health.clockKey().get()).isEmpty();
    }

    @Test
    void withoutAPlatformNothingIsEnrolled() {
        HealthViewModel none = new HealthViewModel(() -> null, PlatformFacts.NONE, executor, ZoneId.of("Asia/Shanghai"),
                "1.2.3");
        none.refresh();

        assertThat(none.terminalId().get()).isEmpty();
        assertThat(none.catalogTime().get()).isEmpty();
    }
}
