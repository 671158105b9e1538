package org.lingong.platform.server.fleet;

import java.util.Locale;
import java.util.UUID;
import org.lingong.platform.api.referrals.ReferralState;

/**
 * How the fleet page names a referral. The slip number ({@code TJ-…}) is given by the kiosk when it prints and never
 * reaches the platform, so a referral is named by the first eight hex digits of its id, the same digits an operator
 * reads from the id in the referral API.
 */
final class ReferralWords {

    private ReferralWords() {
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
