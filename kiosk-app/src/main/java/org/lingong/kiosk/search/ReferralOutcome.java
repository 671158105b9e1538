package org.lingong.kiosk.search;

/** What became of 我要报名. */
public enum ReferralOutcome {
    /** The referral flow took over (it navigates on). */
    STARTED,
    /** Referrals are not available on this kiosk yet: the worker is told so, calmly. */
    NOT_AVAILABLE_YET
}
