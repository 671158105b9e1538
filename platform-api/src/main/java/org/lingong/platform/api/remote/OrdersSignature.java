package org.lingong.platform.api.remote;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.lingong.platform.api.signing.RequestSigner;
import org.lingong.platform.api.signing.SignatureVerifier;

/**
 * Signs and checks {@link SignedOrders}. The signed message is {@link #DOMAIN} then the payload bytes, so a signature
 * made for orders can never pass as a signed request or a referral token, and the other way round.
 */
public final class OrdersSignature {

    /** Prefix of every signed message. */
    public static final String DOMAIN = "lingong-orders-v1\n";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private OrdersSignature() {
    }

    public static SignedOrders sign(PrivateKey platformKey, byte[] payloadJson) {
        return new SignedOrders(ENCODER.encodeToString(payloadJson),
                ENCODER.encodeToString(RequestSigner.signBytes(platformKey, message(payloadJson))));
    }

    /**
     * The payload bytes if {@code orders} carry a valid signature by {@code platformKey}.
     *
     * @throws IllegalArgumentException if the payload or the signature is missing, not base64url, or not valid
     */
    public static byte[] verifiedPayload(PublicKey platformKey, SignedOrders orders) {
        if (orders.payload() == null || orders.signature() == null) {
            throw new IllegalArgumentException("unsigned");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(orders.payload());
            signature = Base64.getUrlDecoder().decode(orders.signature());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64url");
        }
        if (!SignatureVerifier.verifyBytes(platformKey, message(payload), signature)) {
            throw new IllegalArgumentException("bad signature");
        }
        return payload;
    }

    private static byte[] message(byte[] payload) {
        byte[] domain = DOMAIN.getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[domain.length + payload.length];
        System.arraycopy(domain, 0, message, 0, domain.length);
        System.arraycopy(payload, 0, message, domain.length, payload.length);
        return message;
    }
}
