package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.signing.RequestSigner;
import org.lingong.platform.api.signing.SignatureVerifier;

/** The fast verifier must agree with the JDK's Ed25519 on every input. */
class Ed25519VerificationTest {

    private final KeyPair keys = Ed25519Keys.generate();

    @RepeatedTest(20)
    void agreesWithTheJdkOnGenuineAndTamperedSignatures() {
        byte[] message = ("LINGONG-V1\nPOST\n/api/v1/heartbeats\n" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        byte[] signature = RequestSigner.signBytes(keys.getPrivate(), message);
        byte[] tampered = signature.clone();
        tampered[7] ^= 0x40;

        assertThat(Ed25519Verification.verify(keys.getPublic(), message, signature)).isTrue();
        assertThat(SignatureVerifier.verifyBytes(keys.getPublic(), message, tampered)).isFalse();
        assertThat(Ed25519Verification.verify(keys.getPublic(), message, tampered)).isFalse();
    }

    @Test
    void wrongKeyOrShortSignatureFails() {
        byte[] message = "x".getBytes(StandardCharsets.UTF_8);
        byte[] signature = RequestSigner.signBytes(keys.getPrivate(), message);

        assertThat(Ed25519Verification.verify(Ed25519Keys.generate().getPublic(), message, signature)).isFalse();
        assertThat(Ed25519Verification.verify(keys.getPublic(), message, new byte[63])).isFalse();
    }
}
