package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


import org.lingong.platform.api.files.AtomicFiles;
import org.lingong.platform.client.storage.FieldCipher;

/**
 * AES-256-GCM for the slip archive's personal fields. Stored form: 12-byte random nonce, ciphertext, 16-byte tag;
 * the slip number is the associated data, so a sealed row cannot be moved to another slip unnoticed. The key lives in
 * its own file beside the archive (mode 600, base64 of 32 random bytes), made together with a new archive.
 * Thread-safe.
 */
final class SlipCipher {

    private static final int KEY_BYTES = FieldCipher.KEY_BYTES;
    private static final String HMAC = "HmacSHA256";

    private static final String REFERRAL_KEY_LABEL = "lingong slip archive: worker and job v1";

    private final FieldCipher cipher;
    private final SecretKeySpec referralKey;

    private SlipCipher(byte[] keyBytes) {
        this.cipher = new FieldCipher(keyBytes);
        this.referralKey = new SecretKeySpec(hmac(new SecretKeySpec(keyBytes, HMAC),
                REFERRAL_KEY_LABEL.getBytes(StandardCharsets.UTF_8)), HMAC);
    }

    /** Reads the key file, or creates it when {@code create} is set (a new archive) and it is missing. */
    static SlipCipher fromKeyFile(Path keyFile, boolean create) throws IOException {
        if (!Files.exists(keyFile)) {
            if (!create) {
                throw new IOException("the slip archive's key file " + keyFile.getFileName() + " is missing");
            }
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            AtomicFiles.writeOwnerOnly(keyFile, Base64.getEncoder().encode(fresh));
            return new SlipCipher(fresh);
        }
        if (!AtomicFiles.isOwnerOnly(keyFile)) {
            throw new IOException("key file " + keyFile + " may be read by other users; set its mode to 600");
        }
        byte[] stored = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        if (stored.length != KEY_BYTES) {
            throw new IOException("key file " + keyFile.getFileName() + " does not hold an AES-256 key");
        }
        return new SlipCipher(stored);
    }

    /**
     * The archive's plain key for "this worker, this job": HMAC-SHA256 (key derived from the archive key) of the
     * worker reference and job id, base64url. Lets the archive find a worker's valid slip for a job without keeping
     * the reference in the clear.
     */
    String referralKey(String workerRef, long jobId) {
        byte[] mac = hmac(referralKey, (workerRef + "\n" + jobId).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    byte[] seal(byte[] plain, String slipNumber) {
        return cipher.encrypt(plain, slipNumber.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws GeneralSecurityException if the value was not sealed with this key for this slip */
    byte[] open(byte[] stored, String slipNumber) throws GeneralSecurityException {
        try {
            return cipher.decrypt(stored, slipNumber.getBytes(StandardCharsets.UTF_8));
        } catch (FieldCipher.UnreadableFieldException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }
}
