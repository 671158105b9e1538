package org.lingong.platform.api.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs requests for one terminal. Thread-safe: a new {@link Signature} is made per call.
 * The headers it returns are to be sent exactly as given (see {@link SignatureHeaders}).
 */
public final class RequestSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String terminalId;
    private final PrivateKey privateKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RequestSigner(String terminalId, PrivateKey privateKey, Clock clock) {
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RequestSigner(String terminalId, PrivateKey privateKey) {
        this(terminalId, privateKey, Clock.systemUTC());
    }

    /** Signs with the current time and a fresh 128-bit random nonce. */
    public Map<String, String> sign(String method, String pathWithQuery, byte[] body) {
        return sign(method, pathWithQuery, body, clock.millis(), newNonce());
    }

    /** Signs with the given timestamp and nonce (for tests and replays). */
    public Map<String, String> sign(String method, String pathWithQuery, byte[] body, long timestampMillis, String nonce) {
        CanonicalRequest canonical = CanonicalRequest.of(method, pathWithQuery, timestampMillis, nonce, body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SignatureHeaders.TERMINAL, terminalId);
        headers.put(SignatureHeaders.TIMESTAMP, Long.toString(timestampMillis));
        headers.put(SignatureHeaders.NONCE, nonce);
        headers.put(SignatureHeaders.SIGNATURE, BASE64URL.encodeToString(signBytes(privateKey, canonical.bytes())));
        return headers;
    }

    /** A fresh nonce of 22 url-safe characters (128 random bits). */
    public String newNonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** Raw Ed25519 signature (64 bytes) of {@code message}. */
    public static byte[] signBytes(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (not Ed25519?)", e);
        }
    }
}
