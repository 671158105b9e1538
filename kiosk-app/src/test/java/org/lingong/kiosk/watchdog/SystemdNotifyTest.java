package org.lingong.kiosk.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The sd_notify protocol end to end: the real systemd-notify binary to a Unix datagram socket bound by socat. */
class SystemdNotifyTest {

    @TempDir
    Path dir;

    @Test
    void readsTheIntervalSystemdAsksFor() {
        assertThat(SystemdNotify.requestedInterval(Map.of("NOTIFY_SOCKET", "/run/x", "WATCHDOG_USEC", "30000000")))
                .contains(Duration.ofSeconds(30));
        assertThat(SystemdNotify.requestedInterval(Map.of("WATCHDOG_USEC", "30000000"))).isEmpty();
        assertThat(SystemdNotify.requestedInterval(Map.of("NOTIFY_SOCKET", "/run/x"))).isEmpty();
        assertThat(SystemdNotify.requestedInterval(Map.of("NOTIFY_SOCKET", "/run/x", "WATCHDOG_USEC", "soon"))).isEmpty();
    }

    @Test
    void sendsWatchdogDatagramsThroughSystemdNotify() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-notify")) && Files.isExecutable(Path.of("/usr/bin/socat")),
                "needs systemd-notify and socat");
        Path socket = dir.resolve("notify.sock");
        Path received = dir.resolve("received");
        Process receiver = new ProcessBuilder(List.of("socat", "-u", "UNIX-RECV:" + socket, "OPEN:" + received + ",creat"))
                .start();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(socket));
            new SystemdNotify("systemd-notify", socket.toString()).notify("WATCHDOG=1");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> Files.exists(received) && Files.readString(received).startsWith("WATCHDOG=1"));
        } finally {
            receiver.destroy();
            receiver.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
