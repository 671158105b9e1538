package org.lingong.platform.api.enrollment;

import java.time.Instant;

/**
 * @param terminalId id to send in {@code X-Lingong-Terminal} and to put into referral tokens
 * @param regionCode 4-digit GB/T 2260 prefix (盟市) whose jobs and content the terminal sees
 */
public record EnrollmentResponse(String terminalId, String stationCode, String stationName, String regionCode,
                                 Instant serverTime) {
}
