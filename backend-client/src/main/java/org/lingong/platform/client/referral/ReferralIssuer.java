package org.lingong.platform.client.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.client.enrollment.TerminalIdentity;

/** Issues referral slip tokens signed with the terminal's key (platform-api token codec). Thread-safe. */
public final class ReferralIssuer {

    private final TerminalIdentity identity;
    private final Clock clock;

    public ReferralIssuer(TerminalIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * A new referral for {@code jobId}, valid for {@code validity} from now (times in whole seconds,
     * as they travel in the token).
     */
    public IssuedReferral issue(long jobId, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        Instant issuedAt = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        ReferralToken claims = new ReferralToken(UUID.randomUUID(), identity.terminalId(), jobId, issuedAt,
                issuedAt.plusSeconds(validity.toSeconds()));
        return new IssuedReferral(claims, ReferralTokenCodec.encode(claims, identity.privateKey()));
    }
}
