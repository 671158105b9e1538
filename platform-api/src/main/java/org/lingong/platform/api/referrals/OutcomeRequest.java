package org.lingong.platform.api.referrals;

import org.lingong.platform.api.events.ReferralOutcomeKind;

/** Outcome recorded by an employer or staff. */
public record OutcomeRequest(ReferralOutcomeKind outcome, String recordedBy, String note) {
}
