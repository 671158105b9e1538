package org.lingong.platform.server.slipcheck;

import java.util.Optional;
import org.lingong.platform.api.events.ReferralOutcomeKind;
import org.lingong.platform.api.referrals.ReferralState;

/** What a signed-in employer or staff member can record on a slip, one tap each. */
enum SlipAction {
    CHECK_IN("check-in", "到岗", ReferralOutcomeKind.CHECKED_IN, ReferralState.CHECKED_IN),
    HIRED("hired", "录用", ReferralOutcomeKind.HIRED, ReferralState.HIRED),
    NOT_HIRED("not-hired", "未录用", ReferralOutcomeKind.NOT_HIRED, ReferralState.NOT_HIRED),
    NO_SHOW("no-show", "未到岗", ReferralOutcomeKind.NO_SHOW, ReferralState.NO_SHOW);

    private final String path;
    private final String words;
    private final ReferralOutcomeKind outcome;
    private final ReferralState result;

    SlipAction(String path, String words, ReferralOutcomeKind outcome, ReferralState result) {
        this.path = path;
        this.words = words;
        this.outcome = outcome;
        this.result = result;
    }

    String path() {
        return path;
    }

    String words() {
        return words;
    }

    ReferralOutcomeKind outcome() {
        return outcome;
    }

    ReferralState result() {
        return result;
    }

    /** The state a referral must be in for this action: 到岗 and 未到岗 on an issued slip, 录用 / 未录用 after 到岗. */
    ReferralState from() {
        return this == CHECK_IN || this == NO_SHOW ? ReferralState.ISSUED : ReferralState.CHECKED_IN;
    }

    static Optional<SlipAction> ofPath(String path) {
        for (SlipAction action : values()) {
            if (action.path.equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
