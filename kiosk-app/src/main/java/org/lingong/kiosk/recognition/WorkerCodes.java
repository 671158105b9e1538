package org.lingong.kiosk.recognition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Worker codes: the QR a worker photographs on the registration done step and scans next time to log in.
 *
 * <p>Format: {@code LGW1.<workerRef>.<mac>} where {@code workerRef} is the kiosk's opaque reference
 * ({@code w-} + UUID, no personal data) and {@code mac} is base64url (no padding) of the first 16 bytes of
 * HMAC-SHA256(key derived from the {@link KioskSecret}, {@code "LGW1." + workerRef}). Only this kiosk can issue or
 * check them; a code cannot be forged or moved to another reference without the secret. Thread-safe.
 */
public final class WorkerCodes {

    public static final String PREFIX = "LGW1.";
    private static final int MAC_BYTES = 16;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_:-]{1,64}");
    private static final Pattern MAC = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final byte[] key;

    public WorkerCodes(KioskSecret secret) {
        this.key = secret.derive("worker-code/v1");
    }

    /** The code for {@code workerRef} (which must not contain a dot). */
    public String issue(String workerRef) {
        if (!REF.matcher(workerRef).matches()) {
            throw new IllegalArgumentException("a worker reference of 1-64 characters [A-Za-z0-9_:-] is needed");
        }
        return PREFIX + workerRef + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(workerRef));
    }

    /** The worker reference of a genuine code from this kiosk; empty for anything else (forged, foreign, garbage). */
    public Optional<String> verify(String code) {
        if (!code.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = code.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ref = rest.substring(0, dot);
        String mac = rest.substring(dot + 1);
        if (!REF.matcher(ref).matches() || !MAC.matcher(mac).matches()) {
            return Optional.empty();
        }
        // compare the text, not decoded bytes: the last of 22 base64 characters carries 4 unused bits, and a code with
        // other bits there must not pass as the same code
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(ref))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(mac.getBytes(java.nio.charset.StandardCharsets.US_ASCII), expected)
                ? Optional.of(ref) : Optional.empty();
    }

    private byte[] mac(String workerRef) {
        return Arrays.copyOf(KioskSecret.hmac(key, (PREFIX + workerRef).getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
    }

    @Override
    public String toString() {
        return "WorkerCodes[***]";
    }
}
