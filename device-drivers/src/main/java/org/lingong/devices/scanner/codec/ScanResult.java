package org.lingong.devices.scanner.codec;

/**
 * What one scanned line turned into. Every variant is an expected outcome (a value), not an error:
 * {@link ScannedCode} (decoded text), {@link Undecodable} (bytes kept, no text) or {@link Overlong} (dropped).
 */
public sealed interface ScanResult permits ScannedCode, ScanResult.Undecodable, ScanResult.Overlong {

    /**
     * A line whose bytes are neither strict UTF-8 nor strict GBK, or that held only control characters.
     *
     * @param raw    the line's bytes without the terminator (a copy)
     * @param reason why no text came out
     */
    record Undecodable(byte[] raw, String reason) implements ScanResult {
        public Undecodable {
            raw = raw.clone();
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }

        @Override
        public String toString() {
            return "Undecodable[" + raw.length + " bytes, " + reason + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Undecodable u && java.util.Arrays.equals(raw, u.raw) && reason.equals(u.reason);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(raw) * 31 + reason.hashCode();
        }
    }

    /**
     * A line longer than the decoder's limit. Its bytes were dropped; the decoder resynchronised at the terminator.
     *
     * @param length the number of bytes the line had (without the terminator)
     * @param limit  the decoder's limit in bytes
     */
    record Overlong(long length, int limit) implements ScanResult {
    }
}
