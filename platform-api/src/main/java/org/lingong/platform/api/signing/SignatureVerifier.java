package org.lingong.platform.api.signing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Checks Ed25519 signatures over canonical requests. Stateless and thread-safe. */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /**
     * True if {@code signatureBase64Url} is a valid Ed25519 signature of {@code request} by {@code key}.
     * Malformed base64 or a signature of the wrong length is simply not valid.
     */
    public static boolean verify(PublicKey key, CanonicalRequest request, String signatureBase64Url) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(signatureBase64Url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return verifyBytes(key, request.bytes(), signature);
    }

    /** True if {@code signature} is a valid Ed25519 signature of {@code message} by {@code key}. */
    public static boolean verifyBytes(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
