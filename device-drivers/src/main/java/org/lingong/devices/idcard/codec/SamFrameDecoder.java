package org.lingong.devices.idcard.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;

/**
 * Incremental SAM frame decoder: feed bytes as they arrive, in chunks of any size, and get every
 * complete frame (devices.md A.1).
 *
 * <p>Bytes before a preamble {@code AA AA AA 96 69} are skipped (and counted). A preamble followed
 * by an impossible LEN or a frame whose checksum fails is reported as a {@link FrameEvent.Rejected}
 * value and scanning resumes one byte after that preamble, so nothing valid behind it is lost.
 * Never throws on any input. Not thread-safe: one decoder per stream.
 */
public final class SamFrameDecoder {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private byte[] buf = new byte[64];
    private int size;
    private long skippedBytes;

    /** Feeds {@code bytes[off..off+len)} and returns the frames and rejections they completed, in order. */
    public List<FrameEvent> feed(byte[] bytes, int off, int len) {
        append(bytes, off, len);
        List<FrameEvent> events = new ArrayList<>(1);
        FrameEvent e;
        while ((e = next()) != null) {
            events.add(e);
        }
        return events;
    }

    public List<FrameEvent> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /**
     * How many more bytes would complete the header or frame in progress (at least 1). A reader that
     * never reads more than this never consumes bytes that belong to the next frame.
     */
    public int bytesWanted() {
        if (size < SamFrame.HEADER_LENGTH) {
            return SamFrame.HEADER_LENGTH - size;
        }
        return Math.max(1, SamFrame.HEADER_LENGTH + declaredLen() - size);
    }

    /** Bytes held while waiting for the rest of a frame. */
    public int buffered() {
        return size;
    }

    /** The wire length of the frame in progress, once its header has arrived. */
    public OptionalInt expectedFrameLength() {
        return preambleAt0() && size >= SamFrame.HEADER_LENGTH
                ? OptionalInt.of(SamFrame.HEADER_LENGTH + declaredLen()) : OptionalInt.empty();
    }

    /** Bytes dropped so far because they were not part of any frame. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Forgets any partial frame. */
    public void reset() {
        size = 0;
    }

    private FrameEvent next() {
        dropUntilPreamble();
        if (size < SamFrame.HEADER_LENGTH) {
            return null;
        }
        int len = declaredLen();
        if (len < SamFrame.MIN_LEN || len > SamFrame.MAX_LEN) {
            String header = HEX.formatHex(buf, 0, SamFrame.HEADER_LENGTH);
            discard(1);
            return new FrameEvent.Rejected(FrameEvent.FrameError.IMPOSSIBLE_LENGTH,
                    "LEN " + len + " outside " + SamFrame.MIN_LEN + ".." + SamFrame.MAX_LEN + " in header " + header);
        }
        int frameLength = SamFrame.HEADER_LENGTH + len;
        if (size < frameLength) {
            return null;
        }
        if (SamFrame.xor(buf, 5, frameLength) != 0) {
            String detail = "checksum " + String.format("%02X", buf[frameLength - 1])
                    + " does not match (XOR over LEN..CHK is "
                    + String.format("%02X", SamFrame.xor(buf, 5, frameLength)) + ") in a frame of "
                    + frameLength + " bytes, header " + HEX.formatHex(buf, 0, SamFrame.HEADER_LENGTH);
            discard(1);
            return new FrameEvent.Rejected(FrameEvent.FrameError.BAD_CHECKSUM, detail);
        }
        SamFrame frame = SamFrame.ofBody(Arrays.copyOfRange(buf, SamFrame.HEADER_LENGTH, frameLength - 1));
        discard(frameLength);
        return new FrameEvent.Received(frame);
    }

    /** Drops bytes until the buffer starts with the preamble or with a prefix of it that may still complete. */
    private void dropUntilPreamble() {
        int start = 0;
        while (start < size && !preamblePrefixAt(start)) {
            start++;
        }
        skippedBytes += start;
        discard(start);
    }

    private boolean preamblePrefixAt(int start) {
        int n = Math.min(SamFrame.PREAMBLE.length, size - start);
        for (int i = 0; i < n; i++) {
            if (buf[start + i] != SamFrame.PREAMBLE[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean preambleAt0() {
        return size >= SamFrame.PREAMBLE.length && preamblePrefixAt(0);
    }

    private int declaredLen() {
        return (buf[5] & 0xFF) << 8 | (buf[6] & 0xFF);
    }

    private void discard(int n) {
        System.arraycopy(buf, n, buf, 0, size - n);
        size -= n;
    }

    private void append(byte[] bytes, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(bytes, off, buf, size, len);
        size += len;
    }
}
