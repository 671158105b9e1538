package org.lingong.platform.api.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * The verdict and, when the referral is known, what the employer needs to see. Personal data is
 * masked ({@code workerName} as 张*三).
 */
public record VerifyResponse(VerificationStatus status, UUID referralId, String terminalId, long jobId,
                             Instant issuedAt, Instant expiresAt, ReferralState state, String jobTitle, String employer,
                             String stationName, String workerName) {
}
