package org.lingong.platform.client.referral;

import org.lingong.platform.api.token.ReferralToken;

/**
 * What the kiosk can tell about a token without the platform.
 *
 * @param claims the decoded claims, null if {@link Status#MALFORMED}
 */
public record OfflineVerdict(Status status, ReferralToken claims) {

    /** The offline verdict. */
    public enum Status {
        /** Issued by this terminal, signature valid, not expired. */
        VALID,
        /** Issued by this terminal, signature valid, past its expiry. */
        EXPIRED,
        /** Claims to be from this terminal but the signature does not verify. */
        FORGED,
        /** Issued by another terminal: only the platform can tell (verify online). */
        NOT_OURS,
        /** Not a referral token at all. */
        MALFORMED
    }
}
