package org.lingong.platform.client.storage;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for values stored at rest. Stored form: 12-byte random nonce followed by ciphertext and
 * the 16-byte tag. The associated data (e.g. the event id) binds a ciphertext to its row, so rows
 * cannot be swapped unnoticed. Thread-safe (a new {@link Cipher} per call).
 */
public final class FieldCipher {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(byte[] keyBytes) {
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes, got " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public byte[] encrypt(byte[] plain, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is built into every Java platform", e);
        }
    }

    /** @throws UnreadableFieldException if the value was not sealed with this key and associated data */
    public byte[] decrypt(byte[] stored, byte[] associatedData) {
        if (stored == null || stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableFieldException("stored value is too short to be sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableFieldException("authentication tag does not match (other key, or altered data)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is built into every Java platform", e);
        }
    }

    /** A sealed value that cannot be opened. */
    public static final class UnreadableFieldException extends RuntimeException {
        UnreadableFieldException(String message) {
            super(message);
        }
    }
}
