package org.lingong.platform.api.heartbeat;

/**
 * One event a terminal holds parked because the platform refused it: what it was, the platform's reason code and, for
 * a referral, the slip number. No personal data.
 *
 * @param eventType  e.g. {@code WORKER_REGISTERED}
 * @param reason     the refusal's problem code, e.g. {@code invalid-id-number}
 * @param slipNumber {@code TJ-…} for a referral, else {@code null}
 */
public record ParkedReport(String eventType, String reason, String slipNumber) {
}
