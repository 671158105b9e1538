package org.lingong.platform.api.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The claims of a referral slip's QR token, before signing / after decoding.
 * Times have one-second resolution on the wire; use {@link #truncated} values to compare.
 *
 * @param referralId the referral (推荐单) id, chosen by the issuing terminal
 * @param terminalId the issuing terminal, 1-{@value ReferralTokenCodec#MAX_TERMINAL_ID_LENGTH} ASCII chars {@code [A-Za-z0-9_-]}
 * @param jobId      the platform job id
 * @param issuedAt   issue time, epoch seconds must fit an unsigned 32-bit integer
 * @param expiresAt  expiry time, not before {@code issuedAt}
 */
public record ReferralToken(UUID referralId, String terminalId, long jobId, Instant issuedAt, Instant expiresAt) {

    public ReferralToken {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!ReferralTokenCodec.isValidTerminalId(terminalId)) {
            throw new IllegalArgumentException("terminalId must be 1-" + ReferralTokenCodec.MAX_TERMINAL_ID_LENGTH
                    + " characters of [A-Za-z0-9_-]");
        }
        if (expiresAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("expiresAt is before issuedAt");
        }
        checkEpochSeconds(issuedAt, "issuedAt");
        checkEpochSeconds(expiresAt, "expiresAt");
    }

    /** The same claims with both times truncated to whole seconds, as they travel. */
    public ReferralToken truncated() {
        return new ReferralToken(referralId, terminalId, jobId,
                Instant.ofEpochSecond(issuedAt.getEpochSecond()), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /** True if {@code now} is after the expiry time. */
    public boolean isExpiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }

    private static void checkEpochSeconds(Instant time, String name) {
        long seconds = time.getEpochSecond();
        if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(name + " is outside the unsigned 32-bit epoch-second range");
        }
    }
}
