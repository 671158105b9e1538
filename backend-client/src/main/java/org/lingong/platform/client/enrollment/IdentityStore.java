package org.lingong.platform.client.enrollment;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.lingong.platform.api.files.AtomicFiles;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.signing.RequestSigner;
import org.lingong.platform.api.signing.SignatureVerifier;

/**
 * Keeps the terminal identity in the kiosk's data directory: {@code terminal.key} (base64 PKCS#8
 * Ed25519 private key) and {@code terminal.properties} (terminal id, station, region, platform URL,
 * public key, the pinned platform key), both mode 600 and written atomically. The properties file is written last, so a
 * crash during enrollment leaves the kiosk "not enrolled", never half enrolled.
 */
public final class IdentityStore {

    public static final String KEY_FILE = "terminal.key";
    public static final String PROPERTIES_FILE = "terminal.properties";

    private final Path directory;

    public IdentityStore(Path directory) {
        this.directory = directory;
    }

    public Path keyFile() {
        return directory.resolve(KEY_FILE);
    }

    public Path propertiesFile() {
        return directory.resolve(PROPERTIES_FILE);
    }

    public void save(TerminalIdentity identity) throws IOException {
        AtomicFiles.writeOwnerOnly(keyFile(), Base64.getEncoder().encode(identity.privateKey().getEncoded()));
        Properties properties = new Properties();
        properties.setProperty("terminalId", identity.terminalId());
        properties.setProperty("stationCode", identity.stationCode());
        properties.setProperty("stationName", identity.stationName());
        properties.setProperty("regionCode", identity.regionCode());
        properties.setProperty("platformUrl", identity.platformUrl());
        properties.setProperty("publicKey", Ed25519Keys.encodePublicKey(identity.publicKey()));
        if (identity.platformKey() != null) {
            properties.setProperty("platformKey", Ed25519Keys.encodePublicKey(identity.platformKey()));
        }
        StringWriter text = new StringWriter();
        properties.store(text, "Lingong terminal identity (private key in " + KEY_FILE + ")");
        AtomicFiles.writeOwnerOnly(propertiesFile(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored identity, or empty if the kiosk is not enrolled.
     *
     * @throws IOException if the files exist but cannot be read, are readable by others, or do not fit together
     */
    public Optional<TerminalIdentity> load() throws IOException {
        if (!Files.exists(propertiesFile())) {
            return Optional.empty();
        }
        if (!Files.exists(keyFile())) {
            throw new IOException(keyFile() + " is missing although the terminal is enrolled; enroll again");
        }
        if (!AtomicFiles.isOwnerOnly(keyFile())) {
            throw new IOException(keyFile() + " may be read by other users; refusing to use it (set mode 600)");
        }
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(propertiesFile(), StandardCharsets.UTF_8)));
        try {
            PrivateKey privateKey = Ed25519Keys.decodePrivateKey(
                    Base64.getDecoder().decode(Files.readString(keyFile(), StandardCharsets.US_ASCII).trim()));
            PublicKey publicKey = Ed25519Keys.decodePublicKey(properties.getProperty("publicKey"));
            if (!belongTogether(privateKey, publicKey)) {
                throw new IOException(keyFile() + " does not belong to the terminal in " + PROPERTIES_FILE
                        + " (interrupted re-enrollment?); enroll again");
            }
            String platformKey = properties.getProperty("platformKey");
            return Optional.of(new TerminalIdentity(properties.getProperty("platformUrl"), properties.getProperty("terminalId"),
                    properties.getProperty("stationCode"), properties.getProperty("stationName"),
                    properties.getProperty("regionCode"), publicKey, privateKey,
                    platformKey == null ? null : Ed25519Keys.decodePublicKey(platformKey)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("the stored terminal identity is damaged: " + e.getMessage(), e);
        }
    }

    private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "lingong-identity-probe".getBytes(StandardCharsets.US_ASCII);
        return SignatureVerifier.verifyBytes(publicKey, probe, RequestSigner.signBytes(privateKey, probe));
    }
}
