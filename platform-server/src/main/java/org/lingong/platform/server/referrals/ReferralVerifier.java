package org.lingong.platform.server.referrals;

import java.time.Clock;
import java.util.Optional;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.SignedReferralToken;
import org.lingong.platform.server.jobs.JobRepository;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.terminals.Terminal;
import org.lingong.platform.server.terminals.TerminalRepository;
import org.lingong.platform.server.workers.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges a slip's token: FORGED (signature does not verify with the issuing terminal's key),
 * UNKNOWN (unknown terminal, or a referral the platform never received), REVOKED (terminal revoked
 * or referral cancelled), EXPIRED, else GENUINE.
 */
@Service
public class ReferralVerifier {

    private final TerminalRepository terminals;
    private final ReferralRepository referrals;
    private final JobRepository jobs;
    private final StationRepository stations;
    private final WorkerRepository workers;
    private final Clock clock;

    ReferralVerifier(TerminalRepository terminals, ReferralRepository referrals, JobRepository jobs,
                     StationRepository stations, WorkerRepository workers, Clock clock) {
        this.terminals = terminals;
        this.referrals = referrals;
        this.jobs = jobs;
        this.stations = stations;
        this.workers = workers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VerifyResponse verify(String tokenText) {
        SignedReferralToken token = ReferralService.decode(tokenText);
        ReferralToken claims = token.claims();
        Optional<Terminal> terminal = terminals.find(claims.terminalId());
        if (terminal.isEmpty()) {
            return bare(VerificationStatus.UNKNOWN, claims);
        }
        if (!token.isSignedBy(terminal.get().publicKey())) {
            return bare(VerificationStatus.FORGED, claims);
        }
        Optional<StoredReferral> stored = referrals.find(claims.referralId())
                .filter(r -> r.jobId() == claims.jobId() && r.terminalId().equals(claims.terminalId()));
        if (stored.isEmpty()) {
            return bare(terminal.get().isRevoked() ? VerificationStatus.REVOKED : VerificationStatus.UNKNOWN, claims);
        }
        return detailed(status(terminal.get(), stored.get(), claims), claims, stored.get());
    }

    private VerificationStatus status(Terminal terminal, StoredReferral referral, ReferralToken claims) {
        if (terminal.isRevoked() || referral.state() == ReferralState.CANCELLED) {
            return VerificationStatus.REVOKED;
        }
        if (claims.isExpiredAt(clock.instant())) {
            return VerificationStatus.EXPIRED;
        }
        return VerificationStatus.GENUINE;
    }

    private VerifyResponse detailed(VerificationStatus status, ReferralToken claims, StoredReferral referral) {
        Optional<Job> job = jobs.find(referral.jobId());
        String stationName = stations.find(referral.stationCode()).map(Station::name).orElse(null);
        return new VerifyResponse(status, claims.referralId(), claims.terminalId(), claims.jobId(), claims.issuedAt(),
                claims.expiresAt(), referral.state(), job.map(Job::title).orElse(null),
                job.map(Job::employer).orElse(null), stationName, workers.maskedName(referral.workerId()).orElse(null));
    }

    private static VerifyResponse bare(VerificationStatus status, ReferralToken claims) {
        return new VerifyResponse(status, claims.referralId(), claims.terminalId(), claims.jobId(), claims.issuedAt(),
                claims.expiresAt(), null, null, null, null, null);
    }
}
