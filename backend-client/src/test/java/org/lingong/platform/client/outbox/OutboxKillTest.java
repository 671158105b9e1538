package org.lingong.platform.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * A kiosk process killed with SIGKILL in the middle of a flush, then started again: the platform
 * ends up holding every queued event exactly once.
 */
class OutboxKillTest {

    static final int EVENTS = 3000;

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path kioskDir;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void aKioskKilledMidFlushAndRestartedDeliversEveryEventExactlyOnce() throws Exception {
        String terminalId;
        try (TestKiosk kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, kioskDir)) {
            terminalId = kiosk.terminalId();
        }

        Process first = kioskProcess(EVENTS, 25, "first.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (platform.eventRows(terminalId) < 200 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int deliveredBeforeKill = platform.eventRows(terminalId);
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(deliveredBeforeKill).as("killed in the middle of the flush").isBetween(200, EVENTS - 1);

        Process second = kioskProcess(0, 100, "second.log");
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as("restarted kiosk drained its outbox").isZero();

        Set<UUID> queued = queuedEventIds();
        assertThat(queued).hasSize(EVENTS);
        assertThat(platform.eventIds(terminalId)).isEqualTo(queued);
        assertThat(platform.eventRows(terminalId)).isEqualTo(EVENTS);
    }

    private Process kioskProcess(int events, int batchSize, String logName) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OutboxFlushProcess.class.getName(), kioskDir.toString(), Integer.toString(events), Integer.toString(batchSize));
        builder.redirectErrorStream(true).redirectOutput(new File(kioskDir.toFile(), logName));
        return builder.start();
    }

    private Set<UUID> queuedEventIds() throws Exception {
        Set<UUID> ids = new HashSet<>();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + kioskDir.resolve(Outbox.DATABASE_FILE));
             Statement statement = sql.createStatement();
             ResultSet rs = statement.executeQuery("SELECT event_id FROM event")) {
            while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
            }
        }
        return ids;
    }
}
