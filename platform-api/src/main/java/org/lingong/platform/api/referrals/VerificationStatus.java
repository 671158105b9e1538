package org.lingong.platform.api.referrals;

/** The verdict on a slip's token. */
public enum VerificationStatus {
    /** Signed by a known, active terminal, reported to the platform, not expired or cancelled. */
    GENUINE,
    /** Genuine but past its expiry time. */
    EXPIRED,
    /** The issuing terminal is revoked or the referral was cancelled. */
    REVOKED,
    /** Signature valid but the referral was never reported, or the terminal is unknown. */
    UNKNOWN,
    /** The signature does not verify with the issuing terminal's key. */
    FORGED
}
