package org.lingong.platform.server.slipcheck;

import java.util.List;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;

/**
 * A slip as its check page shows it: the verdict (null when the text is no slip token at all) and the actions the
 * viewer may take now.
 */
record SlipCheck(String token, VerifyResponse verdict, List<SlipAction> actions) {

    boolean malformed() {
        return verdict == null;
    }

    VerificationStatus status() {
        return verdict == null ? VerificationStatus.FORGED : verdict.status();
    }
}
