package org.lingong.platform.client.referral;

import java.time.Clock;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.api.token.ReferralTokenException;
import org.lingong.platform.api.token.SignedReferralToken;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformApi;

/**
 * Verifies slip tokens: the kiosk's own tokens offline with its own public key, any token online
 * through the platform (which also knows revocations, cancellations and check-ins). Thread-safe;
 * {@link #verifyOnline} blocks.
 */
public final class ReferralVerifier {

    private final TerminalIdentity identity;
    private final PlatformApi api;
    private final Clock clock;

    public ReferralVerifier(TerminalIdentity identity, PlatformApi api, Clock clock) {
        this.identity = identity;
        this.api = api;
        this.clock = clock;
    }

    public OfflineVerdict verifyOffline(String token) {
        SignedReferralToken decoded;
        try {
            decoded = ReferralTokenCodec.decode(token);
        } catch (ReferralTokenException e) {
            return new OfflineVerdict(OfflineVerdict.Status.MALFORMED, null);
        }
        if (!decoded.claims().terminalId().equals(identity.terminalId())) {
            return new OfflineVerdict(OfflineVerdict.Status.NOT_OURS, decoded.claims());
        }
        if (!decoded.isSignedBy(identity.publicKey())) {
            return new OfflineVerdict(OfflineVerdict.Status.FORGED, decoded.claims());
        }
        OfflineVerdict.Status status = decoded.claims().isExpiredAt(clock.instant())
                ? OfflineVerdict.Status.EXPIRED : OfflineVerdict.Status.VALID;
        return new OfflineVerdict(status, decoded.claims());
    }

    /** The platform's verdict on any token. */
    public ApiResult<VerifyResponse> verifyOnline(String token) {
        return api.verifyReferral(token);
    }
}
