package org.lingong.devices.scanner.codec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A decoded scanner line.
 *
 * <p>Privacy: a scanned code may be a personal token (电子社保卡 QR), so {@link #toString()} shows only its
 * length, encoding and a short SHA-256 prefix ({@link #fingerprint()}), never the text.
 *
 * @param text     the decoded text with control characters removed; never empty
 * @param raw      the line's bytes as received, without the terminator (a copy)
 * @param encoding the encoding that decoded {@code raw} strictly
 */
public record ScannedCode(String text, byte[] raw, TextEncoding encoding) implements ScanResult {

    public ScannedCode {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(encoding, "encoding");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** First 8 hex digits of the SHA-256 of the raw bytes: enough to correlate log lines, useless to an attacker. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScannedCode c && text.equals(c.text) && Arrays.equals(raw, c.raw) && encoding == c.encoding;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "ScannedCode[" + text.length() + " chars, " + raw.length + " bytes, " + encoding + ", sha256:"
                + fingerprint() + "]";
    }
}
