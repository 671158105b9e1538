package org.lingong.platform.server.remote;

import static org.lingong.platform.server.support.DbTime.param;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.crypto.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's Ed25519 key for remote orders, shared by every instance over one database: the first instance that
 * needs it creates it (a second one racing it loses the insert and reads the winner's key). The private key is stored
 * encrypted with the platform's data key. Loaded once per instance, on first use.
 */
@Component
public class PlatformSigningKey {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private volatile KeyPair keys;

    PlatformSigningKey(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Base64 X.509 of the public key, as sent at enrollment for the kiosk to pin. */
    public String publicKeyBase64() {
        return Ed25519Keys.encodePublicKey(keys().getPublic());
    }

    public PublicKey publicKey() {
        return keys().getPublic();
    }

    PrivateKey privateKey() {
        return keys().getPrivate();
    }

    private KeyPair keys() {
        KeyPair loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = stored().orElseGet(this::create);
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private Optional<KeyPair> stored() {
        return jdbc.sql("SELECT public_key, private_key_enc FROM platform_signing_key WHERE id = 1")
                .query((rs, i) -> new KeyPair(Ed25519Keys.decodePublicKey(rs.getString("public_key")),
                        Ed25519Keys.decodePrivateKey(Base64.getDecoder().decode(cipher.decrypt(rs.getString("private_key_enc"))))))
                .optional();
    }

    private KeyPair create() {
        KeyPair fresh = Ed25519Keys.generate();
        try {
            jdbc.sql("INSERT INTO platform_signing_key (id, public_key, private_key_enc, created_at) VALUES (1, ?, ?, ?)")
                    .params(Ed25519Keys.encodePublicKey(fresh.getPublic()),
                            cipher.encrypt(Base64.getEncoder().encodeToString(fresh.getPrivate().getEncoded())),
                            param(clock.instant()))
                    .update();
            return fresh;
        } catch (DuplicateKeyException e) {
            return stored().orElseThrow(() -> new IllegalStateException("platform signing key vanished", e));
        }
    }
}
