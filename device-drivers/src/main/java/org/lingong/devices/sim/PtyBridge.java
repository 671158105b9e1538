package org.lingong.devices.sim;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Puts a TCP simulator behind a pseudo-terminal with {@code socat pty,link=PATH,raw,echo=0 tcp:127.0.0.1:PORT},
 * so that a host opens {@code PATH} through jSerialComm exactly as it opens a real serial device.
 * Closing the bridge (or the simulator dropping the TCP connection) makes the pty vanish: the host sees an unplug.
 */
public final class PtyBridge implements Closeable {

    private final Path link;
    private final int tcpPort;
    private volatile Process socat;

    private PtyBridge(Path link, int tcpPort) {
        this.link = link;
        this.tcpPort = tcpPort;
    }

    /** Starts socat and waits (up to 5 s) until the pty link exists. */
    public static PtyBridge start(Path link, int tcpPort) throws IOException {
        PtyBridge bridge = new PtyBridge(link, tcpPort);
        bridge.restart();
        return bridge;
    }

    public Path link() {
        return link;
    }

    /** (Re)starts socat on the same link path: a "replug" after {@link #unplug()}. */
    public void restart() throws IOException {
        unplug();
        Files.deleteIfExists(link);
        ProcessBuilder pb = new ProcessBuilder(List.of("socat",
                "pty,link=" + link + ",raw,echo=0",
                "tcp:127.0.0.1:" + tcpPort));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            socat = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot start socat (apt-get install socat): " + e.getMessage(), e);
        }
        try {
            awaitLink();
        } catch (IOException e) {
            unplug();
            throw e;
        }
    }

    /** Waits up to 5 s for socat to create the link; the caller stops socat if this fails. */
    private void awaitLink() throws IOException {
        Process p = socat;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(link)) {
            if (!p.isAlive()) {
                throw new IOException("socat exited with " + p.exitValue() + " before creating " + link);
            }
            if (System.nanoTime() > until) {
                throw new IOException("socat did not create " + link + " within 5 s");
            }
            sleep(10);
        }
    }

    /** Kills socat: the pty disappears, as when a USB serial adapter is pulled. */
    public void unplug() {
        Process p = socat;
        socat = null;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        Process p = socat;
        return p != null && p.isAlive();
    }

    @Override
    public void close() {
        unplug();
        try {
            Files.deleteIfExists(link);
        } catch (IOException ignored) {
            // socat normally removes its link itself
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
