package org.lingong.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtyBridgeTest {

    @TempDir
    Path dir;

    @Test
    void aStartedBridgeCreatesThePtyAndUnplugRemovesIt() throws Exception {
        Path link = dir.resolve("ttyBridge");
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             PtyBridge bridge = PtyBridge.start(link, listener.getLocalPort())) {
            assertThat(link).exists();
            assertThat(bridge.isAlive()).isTrue();

            bridge.unplug();

            assertThat(bridge.isAlive()).isFalse();
            assertThat(socatsServing(link)).isEmpty();
        }
    }

    /** The socat processes whose command line names {@code link}, after giving a terminating one up to 5 s to exit. */
    private static List<ProcessHandle> socatsServing(Path link) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        List<ProcessHandle> alive;
        do {
            alive = ProcessHandle.current().descendants()
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains(link.toString()))
                    .toList();
            if (!alive.isEmpty()) {
                Thread.sleep(20);
            }
        } while (!alive.isEmpty() && System.nanoTime() < until);
        return alive;
    }
}
