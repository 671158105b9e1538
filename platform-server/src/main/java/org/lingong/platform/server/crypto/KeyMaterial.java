package org.lingong.platform.server.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.lingong.platform.api.files.AtomicFiles;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.support.OwnerOnlyFiles;

/**
 * The two 256-bit server keys for personal data: one for the ID-number hash (HMAC-SHA256), one for
 * encryption (AES-GCM). {@link #toString()} never shows them.
 */
public record KeyMaterial(byte[] idHashKey, byte[] dataKey) {

    private static final int KEY_BYTES = 32;

    /** Reads the keys from configuration or from the key file, creating the file if allowed. */
    public static KeyMaterial load(PlatformProperties.Crypto config) {
        if (hasText(config.idHashKey()) || hasText(config.dataKey())) {
            return new KeyMaterial(decode(config.idHashKey(), "platform.crypto.id-hash-key"),
                    decode(config.dataKey(), "platform.crypto.data-key"));
        }
        Path file = config.keyFile();
        if (Files.isRegularFile(file)) {
            OwnerOnlyFiles.file(file);
            return read(file);
        }
        if (!config.generateIfMissing()) {
            throw new IllegalStateException("platform.crypto: no keys configured and key file " + file
                    + " does not exist: set LINGONG_ID_HASH_KEY and LINGONG_DATA_KEY (platform.crypto.id-hash-key and "
                    + "data-key, base64 of 32 random bytes each), or start the demo with --spring.profiles.active=demo");
        }
        return generate(file);
    }

    private static KeyMaterial read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("platform.crypto.key-file: cannot read " + file, e);
        }
        return new KeyMaterial(decode(properties.getProperty("id-hash-key"), file + ": id-hash-key"),
                decode(properties.getProperty("data-key"), file + ": data-key"));
    }

    private static KeyMaterial generate(Path file) {
        SecureRandom random = new SecureRandom();
        byte[] hashKey = new byte[KEY_BYTES];
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(hashKey);
        random.nextBytes(dataKey);
        Properties properties = new Properties();
        properties.setProperty("id-hash-key", Base64.getEncoder().encodeToString(hashKey));
        properties.setProperty("data-key", Base64.getEncoder().encodeToString(dataKey));
        try {
            Path parent = file.toAbsolutePath().getParent();
            OwnerOnlyFiles.directory(parent);
            StringWriter text = new StringWriter();
            properties.store(text, "Lingong platform personal-data keys. Keep secret; losing them loses the data.");
            if (!AtomicFiles.createOwnerOnly(file, text.toString().getBytes(StandardCharsets.UTF_8))) {
                return read(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("platform.crypto.key-file: cannot create " + file, e);
        }
        return new KeyMaterial(hashKey, dataKey);
    }

    private static byte[] decode(String base64, String key) {
        if (!hasText(base64)) {
            throw new IllegalStateException(key + ": missing (base64 of 32 random bytes)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(key + ": must be 32 bytes, is " + bytes.length);
        }
        return bytes;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "KeyMaterial[redacted]";
    }
}
