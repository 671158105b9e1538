package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.lingong.platform.client.storage.SecureFiles;

/**
 * AES-256-GCM for the slip archive's personal fields. Stored form: 12-byte random nonce, ciphertext, 16-byte tag;
 * the slip number is the associated data, so a sealed row cannot be moved to another slip unnoticed. The key lives in
 * its own file beside the archive (mode 600, base64 of 32 random bytes), made together with a new archive.
 * Thread-safe.
 */
final class SlipCipher {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SlipCipher(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** Reads the key file, or creates it when {@code create} is set (a new archive) and it is missing. */
    static SlipCipher fromKeyFile(Path keyFile, boolean create) throws IOException {
        if (!Files.exists(keyFile)) {
            if (!create) {
                throw new IOException("the slip archive's key file " + keyFile.getFileName() + " is missing");
            }
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            SecureFiles.writeOwnerOnly(keyFile, Base64.getEncoder().encode(fresh));
            return new SlipCipher(fresh);
        }
        if (!SecureFiles.isOwnerOnly(keyFile)) {
            throw new IOException("key file " + keyFile + " may be read by other users; set its mode to 600");
        }
        byte[] stored = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        if (stored.length != KEY_BYTES) {
            throw new IOException("key file " + keyFile.getFileName() + " does not hold an AES-256 key");
        }
        return new SlipCipher(stored);
    }

    byte[] seal(byte[] plain, String slipNumber) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(slipNumber.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is built into every Java platform", e);
        }
    }

    /** @throws GeneralSecurityException if the value was not sealed with this key for this slip */
    byte[] open(byte[] stored, String slipNumber) throws GeneralSecurityException {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("sealed value too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, NONCE_BYTES)));
        cipher.updateAAD(slipNumber.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }
}
