package org.lingong.platform.server.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.ReferralIssued;
import org.lingong.platform.api.events.ReferralOutcomeKind;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.api.token.ReferralTokenException;
import org.lingong.platform.api.token.SignedReferralToken;
import org.lingong.platform.server.jobs.JobRepository;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.support.PlausibleTime;
import org.lingong.platform.server.terminals.Terminal;
import org.lingong.platform.server.workers.WorkerRepository;
import org.springframework.stereotype.Service;

/** Records referrals reported by terminals and their check-ins and outcomes. Runs in the caller's transaction. */
@Service
public class ReferralService {

    /** Problem reason of a second referral of the same worker and job while the first is valid. */
    public static final String ALREADY_REFERRED = "already-referred";

    private static final Set<ReferralState> FINAL = EnumSet.of(ReferralState.HIRED, ReferralState.NOT_HIRED,
            ReferralState.NO_SHOW, ReferralState.CANCELLED);
    private static final Set<ReferralOutcomeKind> HIRING_DECISIONS = EnumSet.of(ReferralOutcomeKind.HIRED,
            ReferralOutcomeKind.NOT_HIRED);

    private final ReferralRepository referrals;
    private final JobRepository jobs;
    private final WorkerRepository workers;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, JobRepository jobs, WorkerRepository workers, Clock clock) {
        this.referrals = referrals;
        this.jobs = jobs;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Stores the referral of a slip the terminal printed; the token must be the terminal's own and valid, and its
     * {@code issuedAt} {@linkplain PlausibleTime plausible} at {@code receivedAt}.
     */
    public UUID issue(Terminal terminal, String tokenText, long workerId, Instant receivedAt) {
        return issue(terminal, tokenText, null, workerId, receivedAt);
    }

    /**
     * As {@link #issue(Terminal, String, long, Instant)}, keeping the slip number the kiosk printed ({@code null}:
     * not reported, as by kiosks older than the field); a number that is not 1-40 letters, digits and dashes is
     * refused (invalid-value).
     */
    public UUID issue(Terminal terminal, String tokenText, String slipNumber, long workerId, Instant receivedAt) {
        if (slipNumber != null && !slipNumber.matches(ReferralIssued.SLIP_NUMBER_PATTERN)) {
            throw ApiException.badRequest("invalid-value", "slipNumber must be 1-40 letters, digits and dashes");
        }
        SignedReferralToken token = decode(tokenText);
        if (!token.claims().terminalId().equals(terminal.id())) {
            throw ApiException.badRequest("token-terminal-mismatch", "the token was issued by another terminal");
        }
        if (!token.isSignedBy(terminal.publicKey())) {
            throw ApiException.badRequest("bad-token-signature", "the token is not signed with this terminal's key");
        }
        PlausibleTime.require("the token's issuedAt", token.claims().issuedAt(), receivedAt);
        if (jobs.find(token.claims().jobId()).isEmpty()) {
            throw ApiException.notFound("unknown-job", "the token names a job that does not exist");
        }
        UUID id = token.claims().referralId();
        if (referrals.find(id).isPresent()) {
            throw ApiException.conflict("duplicate-referral", "a referral with this id was already reported");
        }
        refuseSecondWhileValid(workerId, token);
        EmploymentStatus status = workers.employmentStatus(workerId).orElse(EmploymentStatus.OTHER);
        referrals.insert(new StoredReferral(id, terminal.id(), terminal.stationCode(), workerId, token.claims().jobId(),
                token.claims().issuedAt(), token.claims().expiresAt(), ReferralState.ISSUED, null, null), status, slipNumber);
        return id;
    }

    /**
     * One valid slip per worker and job: a second referral while an earlier one (issued or checked in) has not expired
     * is refused as a duplicate, whichever kiosk issued it; the kiosk offers the worker the earlier slip again.
     */
    private void refuseSecondWhileValid(long workerId, SignedReferralToken token) {
        long jobId = token.claims().jobId();
        referrals.validFor(workerId, jobId, token.claims().issuedAt()).ifPresent(earlier -> {
            throw ApiException.conflict(ALREADY_REFERRED, "duplicate referral: the worker already holds referral "
                    + earlier.id() + " for job " + jobId + ", valid until " + earlier.expiresAt()
                    + "; a second one is refused while it is valid");
        });
    }

    /** 到岗: allowed once, before any final outcome. */
    public void checkIn(UUID id, String recordedBy, Instant at) {
        StoredReferral referral = require(id);
        if (referral.state() != ReferralState.ISSUED) {
            throw ApiException.conflict("invalid-transition", "check-in is only possible for an issued referral, it is "
                    + referral.state());
        }
        referrals.checkIn(id, at, limit(recordedBy, 60));
    }

    /**
     * An outcome reported by a kiosk: only for referrals of the kiosk's own station, and never HIRED or NOT_HIRED,
     * which count in the official figures: the employer or station staff record those through the operator API,
     * where a person is accountable (a terminal's signature proves the device, not who tapped).
     */
    public void outcomeFromTerminal(Terminal terminal, UUID id, ReferralOutcomeKind outcome, String note, Instant at) {
        StoredReferral referral = require(id);
        if (!referral.stationCode().equals(terminal.stationCode())) {
            throw new ApiException(403, "foreign-referral", "Forbidden", "the referral belongs to another station");
        }
        if (HIRING_DECISIONS.contains(outcome)) {
            throw new ApiException(403, "outcome-needs-employer-or-staff", "Forbidden", outcome + " is recorded by the "
                    + "employer or station staff (POST /api/v1/operator/referrals/{id}/outcome), not by a terminal");
        }
        outcome(id, outcome, "terminal " + terminal.id(), note, at);
    }

    /** Records a final outcome (or a check-in) once. */
    public void outcome(UUID id, ReferralOutcomeKind outcome, String recordedBy, String note, Instant at) {
        if (outcome == null) {
            throw ApiException.badRequest("invalid-value", "outcome is required");
        }
        if (outcome == ReferralOutcomeKind.CHECKED_IN) {
            checkIn(id, recordedBy, at);
            return;
        }
        StoredReferral referral = require(id);
        if (FINAL.contains(referral.state())) {
            throw ApiException.conflict("invalid-transition", "the referral already has the outcome " + referral.state());
        }
        if (note != null && note.length() > 500) {
            throw ApiException.badRequest("invalid-value", "note is at most 500 characters");
        }
        referrals.outcome(id, ReferralState.valueOf(outcome.name()), at, limit(recordedBy, 60), note);
    }

    public Instant now() {
        return clock.instant();
    }

    static SignedReferralToken decode(String tokenText) {
        try {
            return ReferralTokenCodec.decode(tokenText);
        } catch (ReferralTokenException e) {
            throw ApiException.badRequest("malformed-token", "the token cannot be decoded: " + e.reason());
        }
    }

    private StoredReferral require(UUID id) {
        if (id == null) {
            throw ApiException.badRequest("invalid-value", "referralId is required");
        }
        return referrals.find(id).orElseThrow(() -> ApiException.notFound("unknown-referral", "no referral with this id"));
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
