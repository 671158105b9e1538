package org.lingong.kiosk.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PIN hash as written in the configuration, so that the configuration never holds a PIN:
 * <pre>
 *   pbkdf2-sha256:ITERATIONS:SALT_BASE64:HASH_BASE64    PBKDF2-HMAC-SHA256, 256-bit hash (preferred)
 *   sha256:SALT_HEX:HASH_HEX                           SHA-256 over salt-text + PIN (easy to make with sha256sum)
 * </pre>
 * Comparison is constant-time.
 */
public final class PinHash {

    private static final int PBKDF2_BITS = 256;
    private static final int MIN_ITERATIONS = 1_000;

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong (never repeating the text, which may be a mistyped PIN)
     */
    public static PinHash parse(String text) {
        String[] parts = text.trim().split(":");
        try {
            if (parts.length == 4 && parts[0].equals("pbkdf2-sha256")) {
                int iterations = Integer.parseInt(parts[1]);
                if (iterations < MIN_ITERATIONS) {
                    throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations");
                }
                return new PinHash("pbkdf2", iterations, Base64.getDecoder().decode(parts[2]),
                        Base64.getDecoder().decode(parts[3]));
            }
            if (parts.length == 3 && parts[0].equals("sha256")) {
                byte[] hash = HexFormat.of().parseHex(parts[2]);
                if (hash.length != 32 || parts[1].isEmpty()) {
                    throw new IllegalArgumentException("sha256 needs a salt and a 64-digit hex hash");
                }
                return new PinHash("sha256", 1, parts[1].getBytes(StandardCharsets.UTF_8), hash);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count is not a number");
        }
        throw new IllegalArgumentException(
                "expected pbkdf2-sha256:ITERATIONS:SALT_BASE64:HASH_BASE64 or sha256:SALT:HASH_HEX");
    }

    /** A new PBKDF2 hash of {@code pin} with a random salt (for tests and tools). */
    public static String create(String pin, int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256:" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(pbkdf2(pin, salt, iterations));
    }

    public boolean matches(String pin) {
        byte[] candidate = algorithm.equals("pbkdf2") ? pbkdf2(pin, salt, iterations) : sha256(salt, pin);
        return MessageDigest.isEqual(candidate, hash);
    }

    private static byte[] pbkdf2(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, PBKDF2_BITS);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    private static byte[] sha256(byte[] salt, String pin) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17", e);
        }
    }
}
