package org.lingong.platform.client.referral;

import java.time.Instant;
import java.util.UUID;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.ReferralIssued;
import org.lingong.platform.api.token.ReferralToken;

/**
 * A referral slip just issued: its claims and the signed token text for the QR code ({@code LG1.…}).
 * The token holds no personal data.
 */
public record IssuedReferral(ReferralToken claims, String token) {

    public UUID referralId() {
        return claims.referralId();
    }

    /**
     * The {@code REFERRAL_ISSUED} event to queue in the outbox for the worker {@code workerRef}, naming the slip by the
     * number printed on it ({@code TJ-…}), so staff and operators can find it.
     */
    public EventEnvelope event(String workerRef, String slipNumber, Instant occurredAt) {
        return new EventEnvelope(UUID.randomUUID(), EventType.REFERRAL_ISSUED, occurredAt, workerRef,
                new ReferralIssued(token, slipNumber));
    }
}
