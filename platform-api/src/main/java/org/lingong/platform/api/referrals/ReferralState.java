package org.lingong.platform.api.referrals;

/** Life cycle of a referral on the platform. */
public enum ReferralState { ISSUED, CHECKED_IN, HIRED, NOT_HIRED, NO_SHOW, CANCELLED }
