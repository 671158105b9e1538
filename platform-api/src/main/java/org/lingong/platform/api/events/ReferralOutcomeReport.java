package org.lingong.platform.api.events;

import java.util.UUID;

/** Payload of {@code REFERRAL_OUTCOME}, reported by station staff at the kiosk. */
public record ReferralOutcomeReport(UUID referralId, ReferralOutcomeKind outcome, String note) implements EventPayload {
}
