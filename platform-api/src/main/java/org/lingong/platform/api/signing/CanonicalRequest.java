package org.lingong.platform.api.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The exact string a terminal signs for one request (UTF-8 encoded before signing):
 *
 * <pre>
 * LINGONG-V1\n
 * METHOD\n                 upper case, e.g. POST
 * /path?raw=query\n        path plus the raw (still percent-encoded) query, no scheme/host
 * timestamp\n              epoch milliseconds, decimal
 * nonce\n                  16-64 chars [A-Za-z0-9_-]
 * sha256hex(body)          lower-case hex SHA-256 of the body bytes (of zero bytes if no body)
 * </pre>
 *
 * There is no trailing newline. Immutable and thread-safe.
 */
public record CanonicalRequest(String method, String pathWithQuery, long timestampMillis, String nonce, String bodySha256Hex) {

    /** The first line of every canonical string; names the signature scheme version. */
    public static final String SCHEME = "LINGONG-V1";

    private static final Pattern NONCE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public CanonicalRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathWithQuery, "pathWithQuery");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(bodySha256Hex, "bodySha256Hex");
        method = method.toUpperCase(Locale.ROOT);
        if (!pathWithQuery.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
        if (!isValidNonce(nonce)) {
            throw new IllegalArgumentException("nonce must be 16-64 characters of [A-Za-z0-9_-]");
        }
    }

    /** Builds the canonical request, hashing {@code body} ({@code null} or empty for no body). */
    public static CanonicalRequest of(String method, String pathWithQuery, long timestampMillis, String nonce, byte[] body) {
        return new CanonicalRequest(method, pathWithQuery, timestampMillis, nonce, sha256Hex(body));
    }

    /** True if {@code nonce} has the allowed shape. */
    public static boolean isValidNonce(String nonce) {
        return nonce != null && NONCE_SHAPE.matcher(nonce).matches();
    }

    /** The canonical string as defined in the class comment. */
    public String text() {
        return SCHEME + '\n' + method + '\n' + pathWithQuery + '\n' + timestampMillis + '\n' + nonce + '\n' + bodySha256Hex;
    }

    /** The UTF-8 bytes that are signed. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of {@code body}; the hash of zero bytes for {@code null}. */
    public static String sha256Hex(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
