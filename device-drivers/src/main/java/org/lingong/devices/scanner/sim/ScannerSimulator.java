package org.lingong.devices.scanner.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lingong.devices.scanner.sim.ScanEmission.Suffix;
import org.lingong.devices.sim.SimulatedDevice;

/**
 * A serial QR/barcode scanner: it sends each queued scan as payload + suffix, optionally in slow chunks, and
 * ignores whatever the host sends (configuration commands are not simulated).
 *
 * <p>Scans queued while no host is connected wait for the next connection. {@link #scan} may be called from any
 * thread; {@link #serve} runs on the connection's thread.
 */
public final class ScannerSimulator implements SimulatedDevice {

    private final LinkedBlockingDeque<ScanEmission> pending = new LinkedBlockingDeque<>();

    @Override
    public String name() {
        return "scanner";
    }

    /** Queues a UTF-8 code with a CR suffix (the usual factory setting). */
    public void scan(String text) {
        emit(ScanEmission.of(text, StandardCharsets.UTF_8, Suffix.CR));
    }

    /** Queues {@code text} in {@code charset} (e.g. GBK) with {@code suffix}. */
    public void scan(String text, Charset charset, Suffix suffix) {
        emit(ScanEmission.of(text, charset, suffix));
    }

    /** Queues any emission (raw bytes, slow chunks). */
    public void emit(ScanEmission emission) {
        pending.add(emission);
    }

    /** Scans not yet sent to a host. */
    public int pendingScans() {
        return pending.size();
    }

    @Override
    public void serve(InputStream fromHost, OutputStream toHost) throws IOException {
        AtomicBoolean hostGone = new AtomicBoolean();
        Thread drain = new Thread(() -> drainUntilEof(fromHost, hostGone), "sim-scanner-drain");
        drain.setDaemon(true);
        drain.start();
        try {
            while (!hostGone.get()) {
                ScanEmission next = pending.poll(50, TimeUnit.MILLISECONDS);
                if (next != null && hostGone.get()) {
                    pending.addFirst(next);
                } else if (next != null) {
                    send(next, toHost);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(ScanEmission emission, OutputStream toHost) throws IOException, InterruptedException {
        byte[] bytes = emission.bytes();
        for (int off = 0; off < bytes.length; off += emission.chunkSize()) {
            if (off > 0 && !emission.chunkGap().isZero()) {
                Thread.sleep(emission.chunkGap().toMillis());
            }
            toHost.write(bytes, off, Math.min(emission.chunkSize(), bytes.length - off));
            toHost.flush();
        }
    }

    private static void drainUntilEof(InputStream fromHost, AtomicBoolean hostGone) {
        byte[] sink = new byte[256];
        try {
            while (fromHost.read(sink) >= 0) {
                // commands to the scanner are not simulated
            }
        } catch (IOException e) {
            // the connection broke: same as end of input
        } finally {
            hostGone.set(true);
        }
    }
}
