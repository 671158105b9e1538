package org.lingong.platform.api.enrollment;

import java.time.Instant;

/**
 * @param terminalId id to send in {@code X-Lingong-Terminal} and to put into referral tokens
 * @param regionCode 4-digit GB/T 2260 prefix (盟市) whose jobs and content the terminal sees
 * @param platformKey the platform's Ed25519 public key (base64 X.509) that signs remote orders; the kiosk pins it.
 *                    Null from platforms before remote configuration.
 */
public record EnrollmentResponse(String terminalId, String stationCode, String stationName, String regionCode,
                                 Instant serverTime, String platformKey) {

    /** An answer without a platform key (as platforms before remote configuration send it). */
    public EnrollmentResponse(String terminalId, String stationCode, String stationName, String regionCode,
                              Instant serverTime) {
        this(terminalId, stationCode, stationName, regionCode, serverTime, null);
    }
}
