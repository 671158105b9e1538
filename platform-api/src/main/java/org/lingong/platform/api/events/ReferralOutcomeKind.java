package org.lingong.platform.api.events;

/** What happened to a referral after issue. HIRED counts as 城镇新增就业. */
public enum ReferralOutcomeKind {
    CHECKED_IN, HIRED, NOT_HIRED, NO_SHOW, CANCELLED
}
