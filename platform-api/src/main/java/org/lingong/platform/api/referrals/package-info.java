/** Referral slips: token verification, check-in (到岗) and outcomes. */
package org.lingong.platform.api.referrals;
