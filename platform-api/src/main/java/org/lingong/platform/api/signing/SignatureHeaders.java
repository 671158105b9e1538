package org.lingong.platform.api.signing;

/** Names of the HTTP headers that carry a terminal's request signature. */
public final class SignatureHeaders {

    /** The terminal id returned at enrollment. */
    public static final String TERMINAL = "X-Lingong-Terminal";
    /** Epoch milliseconds (decimal ASCII) at which the request was signed. */
    public static final String TIMESTAMP = "X-Lingong-Timestamp";
    /** Random url-safe string, 16-64 characters {@code [A-Za-z0-9_-]}, never reused by a terminal. */
    public static final String NONCE = "X-Lingong-Nonce";
    /** Base64url (no padding) Ed25519 signature over the {@link CanonicalRequest} string. */
    public static final String SIGNATURE = "X-Lingong-Signature";

    private SignatureHeaders() {
    }
}
