package org.lingong.kiosk.recognition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lingong.platform.api.files.AtomicFiles;

/**
 * The kiosk's random 32-byte secret for recognising workers, kept in its own file (mode 600) next to the known-worker
 * store. It never leaves the kiosk; per-purpose keys are derived from it ({@link #derive}): the ID-number hash key,
 * the worker-code MAC key and the encryption key of the masked texts. Created on first use, atomically (a half-written
 * key file never appears). Losing it makes every known worker unknown again (they register anew); it is not a
 * credential for the platform. Immutable and thread-safe.
 */
public final class KioskSecret {

    public static final String FILE_NAME = "worker-recognition.key";
    static final int LENGTH = 32;

    private final byte[] secret;

    private KioskSecret(byte[] secret) {
        this.secret = secret;
    }

    /** Reads the secret in {@code directory}, creating the directory and a new secret if there is none. */
    public static KioskSecret loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != LENGTH) {
                throw new KnownWorkersException(file + " is not a kiosk secret (" + bytes.length + " bytes, expected "
                        + LENGTH + "): restore it from the backup, or move it away together with "
                        + KnownWorkers.FILE_NAME + " (registered workers then register again)");
            }
            return new KioskSecret(bytes);
        } catch (IOException e) {
            throw new KnownWorkersException("cannot read or create " + file + ": " + e);
        }
    }

    /** A key for {@code purpose}: HMAC-SHA256(secret, purpose). */
    byte[] derive(String purpose) {
        return hmac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Of two kiosk processes creating the secret at once, the second keeps the first one's. */
    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        AtomicFiles.createOwnerOnly(file, bytes);
    }

    static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, AtomicFiles.OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (a Windows development machine): the data directory's ACL applies
        }
    }

    @Override
    public String toString() {
        return "KioskSecret[***]";
    }
}
