package org.lingong.platform.api.token;

/** A token string that cannot be decoded; {@link #reason()} tells why. Never contains the token text. */
public final class ReferralTokenException extends RuntimeException {

    /** Why a token could not be decoded. */
    public enum Reason {
        /** The text does not start with {@code LG1.}. */
        MISSING_PREFIX,
        /** The text after the prefix is not base64url without padding. */
        NOT_BASE64URL,
        /** Fewer bytes than the layout needs. */
        TRUNCATED,
        /** More bytes than the layout needs. */
        TRAILING_BYTES,
        /** A version byte this codec does not know. */
        UNSUPPORTED_VERSION,
        /** The terminal id length or characters are invalid. */
        BAD_TERMINAL_ID,
        /** Expiry before issue. */
        BAD_TIMES
    }

    private final Reason reason;

    public ReferralTokenException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
