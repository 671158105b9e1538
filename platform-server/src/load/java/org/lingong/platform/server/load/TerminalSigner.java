package org.lingong.platform.server.load;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.lingong.platform.api.signing.CanonicalRequest;
import org.lingong.platform.api.signing.SignatureHeaders;

/**
 * Signs requests exactly like {@link org.lingong.platform.api.signing.RequestSigner} (same canonical form from
 * {@link CanonicalRequest}, same headers) with Bouncy Castle's faster Ed25519, so the load generator leaves more CPU
 * to the server it measures on the same machine. Thread-safe.
 */
final class TerminalSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String terminalId;
    private final byte[] seed;
    private final SecureRandom random = new SecureRandom();

    /** {@code keys}: an Ed25519 pair from {@link org.lingong.platform.api.signing.Ed25519Keys#generate()}. */
    TerminalSigner(String terminalId, KeyPair keys) {
        this.terminalId = terminalId;
        byte[] pkcs8 = keys.getPrivate().getEncoded();
        this.seed = Arrays.copyOfRange(pkcs8, pkcs8.length - Ed25519.SECRET_KEY_SIZE, pkcs8.length);
    }

    /** The four signature headers for this request, with the current time and a fresh nonce. */
    Map<String, String> sign(String method, String pathWithQuery, byte[] body) {
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = BASE64URL.encodeToString(nonceBytes);
        long timestamp = System.currentTimeMillis();
        byte[] message = CanonicalRequest.of(method, pathWithQuery, timestamp, nonce, body).bytes();
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SignatureHeaders.TERMINAL, terminalId);
        headers.put(SignatureHeaders.TIMESTAMP, Long.toString(timestamp));
        headers.put(SignatureHeaders.NONCE, nonce);
        headers.put(SignatureHeaders.SIGNATURE, BASE64URL.encodeToString(signature));
        return headers;
    }
}
