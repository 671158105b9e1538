package org.lingong.platform.server.fleet;

import java.util.Locale;
import java.util.UUID;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.referrals.ReferralView;

/**
 * How the fleet page names a referral: by the slip number printed on it ({@code TJ-…}, which the kiosk reports with
 * {@code REFERRAL_ISSUED}), so the operator reads the number the worker and the station's staff hold. Slips of kiosks
 * that did not report it are named by the first eight hex digits of the id, as in the referral API.
 */
final class ReferralWords {

    private ReferralWords() {
    }

    static String name(ReferralView referral) {
        return referral.slipNumber() != null ? referral.slipNumber() : shortId(referral.referralId());
    }

    static String shortId(UUID referralId) {
        return referralId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String state(ReferralState state) {
        return switch (state) {
            case ISSUED -> "已开具";
            case CHECKED_IN -> "已到岗";
            case HIRED -> "已录用";
            case NOT_HIRED -> "未录用";
            case NO_SHOW -> "未到岗";
            case CANCELLED -> "已取消";
        };
    }
}
