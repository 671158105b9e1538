package org.lingong.platform.client.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.lingong.platform.api.files.AtomicFiles;
import org.lingong.platform.client.storage.FieldCipher;
import org.lingong.platform.client.storage.StoreFormatException;

/**
 * The outbox data key, kept apart from the database: a file beside it, mode 600, holding the base64
 * of 32 random bytes. Created only together with a new outbox; a missing key for an existing outbox is
 * an error (the events could not be read), never a reason to make a new key silently.
 */
final class OutboxKeyFile {

    private OutboxKeyFile() {
    }

    static byte[] createNew(Path keyFile) throws IOException {
        byte[] key = new byte[FieldCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        AtomicFiles.writeOwnerOnly(keyFile, Base64.getEncoder().encode(key));
        return key;
    }

    static byte[] readExisting(Path keyFile, Path database) throws IOException {
        if (!Files.exists(keyFile)) {
            throw new StoreFormatException(database, StoreFormatException.Problem.KEY_MISSING,
                    "its key file " + keyFile.getFileName() + " is missing; restore it to read the queued events");
        }
        if (!AtomicFiles.isOwnerOnly(keyFile)) {
            throw new StoreFormatException(database, StoreFormatException.Problem.KEY_MISMATCH,
                    "key file " + keyFile + " may be read by other users; set its mode to 600");
        }
        try {
            byte[] key = Base64.getDecoder().decode(new String(Files.readAllBytes(keyFile), StandardCharsets.US_ASCII).trim());
            if (key.length != FieldCipher.KEY_BYTES) {
                throw new IllegalArgumentException("wrong length");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new StoreFormatException(database, StoreFormatException.Problem.KEY_MISMATCH,
                    "key file " + keyFile.getFileName() + " does not hold a base64 AES-256 key");
        }
    }
}
