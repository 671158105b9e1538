package org.lingong.platform.api.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    private final KeyPair keys = Ed25519Keys.generate();
    private final RequestSigner signer = new RequestSigner("T1", keys.getPrivate());
    private final byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureVerifiesWithThePublicKeyForTheSameRequest() {
        Map<String, String> headers = signer.sign("POST", "/api/v1/heartbeats", body);

        CanonicalRequest canonical = CanonicalRequest.of("POST", "/api/v1/heartbeats",
                Long.parseLong(headers.get(SignatureHeaders.TIMESTAMP)), headers.get(SignatureHeaders.NONCE), body);
        assertThat(headers.get(SignatureHeaders.TERMINAL)).isEqualTo("T1");
        assertThat(SignatureVerifier.verify(keys.getPublic(), canonical, headers.get(SignatureHeaders.SIGNATURE))).isTrue();
    }

    @Test
    void signatureFailsForAnyChangedPartOfTheRequest() {
        Map<String, String> headers = signer.sign("POST", "/api/v1/heartbeats", body, 1000L, "nonce-nonce-nonce-1");
        String signature = headers.get(SignatureHeaders.SIGNATURE);

        assertThat(SignatureVerifier.verify(keys.getPublic(),
                CanonicalRequest.of("POST", "/api/v1/heartbeats", 1000L, "nonce-nonce-nonce-1", body), signature)).isTrue();
        assertThat(SignatureVerifier.verify(keys.getPublic(),
                CanonicalRequest.of("POST", "/api/v1/heartbeats", 1000L, "nonce-nonce-nonce-1", "{\"a\":2}".getBytes()),
                signature)).isFalse();
        assertThat(SignatureVerifier.verify(keys.getPublic(),
                CanonicalRequest.of("POST", "/api/v1/heartbeatz", 1000L, "nonce-nonce-nonce-1", body), signature)).isFalse();
        assertThat(SignatureVerifier.verify(keys.getPublic(),
                CanonicalRequest.of("POST", "/api/v1/heartbeats", 1001L, "nonce-nonce-nonce-1", body), signature)).isFalse();
        assertThat(SignatureVerifier.verify(Ed25519Keys.generate().getPublic(),
                CanonicalRequest.of("POST", "/api/v1/heartbeats", 1000L, "nonce-nonce-nonce-1", body), signature)).isFalse();
    }

    @Test
    void garbageSignaturesAreSimplyInvalid() {
        CanonicalRequest canonical = CanonicalRequest.of("GET", "/x", 1L, "nonce-nonce-nonce-1", null);
        assertThat(SignatureVerifier.verify(keys.getPublic(), canonical, "not base64 !!")).isFalse();
        assertThat(SignatureVerifier.verify(keys.getPublic(), canonical, "AAAA")).isFalse();
    }

    @Test
    void publicKeysRoundTripThroughTheirBase64Form() {
        String encoded = Ed25519Keys.encodePublicKey(keys.getPublic());

        assertThat(Ed25519Keys.decodePublicKey(encoded)).isEqualTo(keys.getPublic());
        assertThat(encoded).hasSize(60);
    }

    @Test
    void noncesAreFreshAndWellFormed() {
        String first = signer.newNonce();
        assertThat(CanonicalRequest.isValidNonce(first)).isTrue();
        assertThat(signer.newNonce()).isNotEqualTo(first);
    }
}
