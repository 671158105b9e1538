package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
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
    void theSameKeyVerifiesMessageAfterMessageAndRefusesEachTamperedOne() {
        for (int i = 0; i < 50; i++) {
            byte[] message = ("LINGONG-V1\nGET\n/api/v1/jobs?since=" + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = RequestSigner.signBytes(keys.getPrivate(), message);
            byte[] tampered = signature.clone();
            tampered[40 + i % 20] ^= 0x01;

            assertThat(Ed25519Verification.verify(keys.getPublic(), message, signature)).isTrue();
            assertThat(Ed25519Verification.verify(keys.getPublic(), message, tampered)).isFalse();
        }
    }

    @Test
    void aKeyThatIsNoPointOfTheCurveVerifiesNothing() throws Exception {
        byte[] notAPoint = new byte[32];
        for (int y = 2; Ed25519.validatePublicKeyPartial(notAPoint, 0); y++) {
            notAPoint[0] = (byte) y;
        }
        byte[] x509 = new byte[44];
        System.arraycopy(keys.getPublic().getEncoded(), 0, x509, 0, 12);
        System.arraycopy(notAPoint, 0, x509, 12, 32);
        PublicKey key;
        try {
            key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (InvalidKeySpecException refusedAlready) {
            return; // the JDK refuses such a key before it could reach the verifier
        }
        byte[] message = "x".getBytes(StandardCharsets.UTF_8);

        assertThat(Ed25519Verification.verify(key, message, RequestSigner.signBytes(keys.getPrivate(), message))).isFalse();
        assertThat(Ed25519Verification.verify(key, message, new byte[64])).isFalse();
    }

    @Test
    void wrongKeyOrShortSignatureFails() {
        byte[] message = "x".getBytes(StandardCharsets.UTF_8);
        byte[] signature = RequestSigner.signBytes(keys.getPrivate(), message);

        assertThat(Ed25519Verification.verify(Ed25519Keys.generate().getPublic(), message, signature)).isFalse();
        assertThat(Ed25519Verification.verify(keys.getPublic(), message, new byte[63])).isFalse();
    }
}
