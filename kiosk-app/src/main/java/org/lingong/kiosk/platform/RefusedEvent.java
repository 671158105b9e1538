package org.lingong.kiosk.platform;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.heartbeat.ParkedReport;

/**
 * An event the platform refused for good, as station staff read it.
 *
 * @param maskedWorker e.g. {@code 王*例}, or empty when the event names no worker this kiosk knows
 * @param slipNumber   {@code TJ-…} for a referral whose slip is kept, else {@code null}
 * @param reason       the platform's problem code, e.g. {@code invalid-id-number}
 */
public record RefusedEvent(UUID eventId, EventType type, Instant parkedAt, String maskedWorker,
        @Nullable String slipNumber, String reason) {

    private static final String PLAIN_CODE = "[a-z0-9-]{1,60}";

    /** The same without personal data, for the heartbeat; a reason that is not a plain code travels as {@code other}. */
    public ParkedReport report() {
        return new ParkedReport(type.name(), reason.matches(PLAIN_CODE) ? reason : "other", slipNumber);
    }
}
