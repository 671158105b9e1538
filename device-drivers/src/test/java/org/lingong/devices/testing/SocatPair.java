package org.lingong.devices.testing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two connected pseudo-terminals from {@code socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B}: bytes
 * written to one come out of the other. {@link #kill()} makes both vanish, like an unplugged USB adapter.
 */
public final class SocatPair implements Closeable {

    private final Path a;
    private final Path b;
    private final Process socat;

    private SocatPair(Path a, Path b, Process socat) {
        this.a = a;
        this.b = b;
        this.socat = socat;
    }

    public static SocatPair start(Path dir) throws IOException, InterruptedException {
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        ProcessBuilder pb = new ProcessBuilder(List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process socat = pb.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!socat.isAlive() || System.nanoTime() > until) {
                socat.destroyForcibly();
                throw new IOException("socat did not create " + a + " and " + b);
            }
            Thread.sleep(10);
        }
        return new SocatPair(a, b, socat);
    }

    public Path a() {
        return a;
    }

    public Path b() {
        return b;
    }

    /** Kills socat and waits for it to exit: both ptys disappear. */
    public void kill() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
