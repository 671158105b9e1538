package org.lingong.devices.idcard.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.LockSupport;

/** Writes reply bytes, optionally paced like a UART at a given baud (10 bits per byte, 8N1). */
final class ReplyWriter {

    private static final int CHUNK = 16;

    private ReplyWriter() {
    }

    /** Writes {@code bytes[0..len)}; with {@code baud > 0} spreads them over {@code len × 10 / baud} seconds. */
    static void write(OutputStream out, byte[] bytes, int len, int baud) throws IOException {
        if (baud <= 0) {
            out.write(bytes, 0, len);
            out.flush();
            return;
        }
        long start = System.nanoTime();
        for (int off = 0; off < len; off += CHUNK) {
            int n = Math.min(CHUNK, len - off);
            out.write(bytes, off, n);
            out.flush();
            long due = start + (off + n) * 10L * 1_000_000_000L / baud;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("interrupted while pacing");
                }
            }
        }
    }
}
