package org.lingong.platform.server.referrals;

import java.time.Instant;
import java.util.UUID;
import org.lingong.platform.api.referrals.ReferralState;

/** A referral row. */
public record StoredReferral(UUID id, String terminalId, String stationCode, long workerId, long jobId,
                            Instant issuedAt, Instant expiresAt, ReferralState state, Instant checkedInAt,
                            Instant outcomeAt) {
}
