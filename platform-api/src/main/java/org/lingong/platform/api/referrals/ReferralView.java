package org.lingong.platform.api.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral as operators see it (worker masked).
 *
 * @param slipNumber the number printed on the slip ({@code TJ-…}); {@code null} for slips of kiosks that did not
 *                   report it
 */
public record ReferralView(UUID referralId, String terminalId, String stationCode, long jobId, String jobTitle,
                           String workerName, ReferralState state, Instant issuedAt, Instant expiresAt,
                           Instant checkedInAt, Instant outcomeAt, String slipNumber) {
}
