package org.lingong.platform.api.remote;

/**
 * {@link RemoteOrders} as they travel in the heartbeat answer: the JSON bytes exactly as signed, so that no
 * re-serialisation can change what the signature covers.
 *
 * @param payload   base64url (no padding) of the UTF-8 JSON of {@link RemoteOrders}
 * @param signature base64url (no padding) Ed25519 signature of {@link OrdersSignature#DOMAIN} followed by the payload bytes
 */
public record SignedOrders(String payload, String signature) {
}
