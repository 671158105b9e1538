package org.lingong.platform.api.token;

import java.security.PublicKey;
import org.lingong.platform.api.signing.SignatureVerifier;

/**
 * A decoded token: its claims, the exact payload bytes that were signed, and the signature.
 * Decoding does not check the signature; call {@link #isSignedBy(PublicKey)} with the issuing
 * terminal's key.
 */
public record SignedReferralToken(ReferralToken claims, byte[] signedPayload, byte[] signature) {

    public SignedReferralToken {
        signedPayload = signedPayload.clone();
        signature = signature.clone();
    }

    /** True if the signature over the payload verifies with {@code terminalKey}. */
    public boolean isSignedBy(PublicKey terminalKey) {
        return SignatureVerifier.verifyBytes(terminalKey, signedPayload, signature);
    }

    @Override
    public byte[] signedPayload() {
        return signedPayload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
