package org.lingong.devices.scanner.sim;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.util.Arrays;

/**
 * The bytes a scanner sends for one scan, and how fast.
 *
 * @param bytes     payload and suffix, exactly as sent
 * @param chunkSize bytes per write (the whole emission when at least its length)
 * @param chunkGap  pause between chunks
 */
public record ScanEmission(byte[] bytes, int chunkSize, Duration chunkGap) {

    /** Line terminator the scanner is configured with. */
    public enum Suffix {
        CR(new byte[] {0x0D}), CRLF(new byte[] {0x0D, 0x0A}), LF(new byte[] {0x0A}), NONE(new byte[0]);

        private final byte[] bytes;

        Suffix(byte[] bytes) {
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes.clone();
        }
    }

    public ScanEmission {
        bytes = bytes.clone();
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        if (chunkGap.isNegative()) {
            throw new IllegalArgumentException("chunk gap must not be negative, was " + chunkGap);
        }
    }

    /** {@code text} encoded strictly in {@code charset} (unmappable characters are an error, not '?') + suffix, at once. */
    public static ScanEmission of(String text, Charset charset, Suffix suffix) {
        return raw(concat(encodeStrictly(text, charset), suffix.bytes()));
    }

    /** Arbitrary bytes sent as they are, at once (for undecodable or garbage input). */
    public static ScanEmission raw(byte[] bytes) {
        return new ScanEmission(bytes, Math.max(1, bytes.length), Duration.ZERO);
    }

    /** The same bytes sent in chunks of {@code size} with {@code gap} between them, like a slow USB-serial bridge. */
    public ScanEmission inChunks(int size, Duration gap) {
        return new ScanEmission(bytes, size, gap);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "ScanEmission[" + bytes.length + " bytes, chunks of " + chunkSize + ", gap " + chunkGap.toMillis() + " ms]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanEmission e && Arrays.equals(bytes, e.bytes) && chunkSize == e.chunkSize
                && chunkGap.equals(e.chunkGap);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + chunkSize;
    }

    private static byte[] encodeStrictly(String text, Charset charset) {
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(encoded.array(), encoded.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text cannot be encoded in " + charset + ": " + e.getMessage(), e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
