package org.lingong.platform.api.events;

import java.util.UUID;

/**
 * Payload of {@code REFERRAL_OUTCOME}, reported at a kiosk of the referral's station: CHECKED_IN, NO_SHOW or CANCELLED.
 * HIRED and NOT_HIRED count in the official figures and are refused from terminals
 * ({@code outcome-needs-employer-or-staff}): the employer or staff record them through the operator API.
 */
public record ReferralOutcomeReport(UUID referralId, ReferralOutcomeKind outcome, String note) implements EventPayload {
}
