package org.lingong.devices.scanner.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the byte stream of a serial (RS-232 / USB-CDC) barcode scanner into codes.
 *
 * <pre>
 *   payload bytes ... CR          one code
 *   payload bytes ... CR LF       one code (the LF may arrive in a later chunk; it never makes an empty code)
 *   payload bytes ... LF          one code (bare LF suffix)
 * </pre>
 *
 * Bytes may arrive in any chunking. Empty lines are ignored. Each line is decoded strictly as UTF-8, else as GBK,
 * else reported {@link ScanResult.Undecodable} with its bytes. A line longer than the limit (default
 * {@value #DEFAULT_MAX_LINE_BYTES} bytes) is dropped as it arrives (memory stays bounded) and reported
 * {@link ScanResult.Overlong} at its terminator, where decoding resumes.
 *
 * <p>Pure and not thread-safe: one decoder per port, fed from the port's owner thread.
 */
public final class ScanLineDecoder {

    public static final int DEFAULT_MAX_LINE_BYTES = 4096;
    private static final byte CR = 0x0D;
    private static final byte LF = 0x0A;

    private final int maxLineBytes;
    private byte[] line = new byte[64];
    private int length;
    private long overlongLength = -1;
    private boolean afterCr;

    public ScanLineDecoder() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public ScanLineDecoder(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1, was " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** Feeds all of {@code bytes}. */
    public List<ScanResult> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Feeds {@code bytes[off, off+len)} and returns the results of every line completed by them, in order. */
    public List<ScanResult> feed(byte[] bytes, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, bytes.length);
        List<ScanResult> results = new ArrayList<>(1);
        for (int i = off; i < off + len; i++) {
            accept(bytes[i], results);
        }
        return results;
    }

    /** Bytes of the incomplete line held so far (0 while dropping an overlong line). */
    public int pendingBytes() {
        return length;
    }

    /** Forgets the incomplete line, e.g. after a reconnect. */
    public void reset() {
        length = 0;
        overlongLength = -1;
        afterCr = false;
    }

    private void accept(byte b, List<ScanResult> results) {
        boolean lfAfterCr = afterCr && b == LF;
        afterCr = b == CR;
        if (lfAfterCr) {
            return;
        }
        if (b == CR || b == LF) {
            endLine(results);
        } else if (overlongLength >= 0) {
            overlongLength++;
        } else if (length == maxLineBytes) {
            overlongLength = length + 1L;
            length = 0;
        } else {
            append(b);
        }
    }

    private void endLine(List<ScanResult> results) {
        if (overlongLength >= 0) {
            results.add(new ScanResult.Overlong(overlongLength, maxLineBytes));
        } else if (length > 0) {
            results.add(LineText.decode(Arrays.copyOf(line, length)));
        }
        length = 0;
        overlongLength = -1;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[length++] = b;
    }
}
