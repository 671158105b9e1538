package org.lingong.platform.api.referrals;

import java.time.Instant;
import java.util.UUID;

/** A referral as operators see it (worker masked). */
public record ReferralView(UUID referralId, String terminalId, String stationCode, long jobId, String jobTitle,
                           String workerName, ReferralState state, Instant issuedAt, Instant expiresAt,
                           Instant checkedInAt, Instant outcomeAt) {
}
