package org.lingong.platform.server.slipcheck;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.server.accounts.SignedIn;
import java.util.Set;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.api.token.ReferralTokenException;
import org.lingong.platform.server.referrals.ReferralRepository;
import org.lingong.platform.server.referrals.ReferralService;
import org.lingong.platform.server.referrals.ReferralVerifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slip check from a phone: the verdict on a token, and 到岗 / 录用 / 未录用 / 未到岗 recorded once each by a
 * signed-in person. A repeated tap of what is already recorded changes nothing and is no error.
 */
@Service
class SlipCheckService {

    /** What became of a tap. */
    enum Result { RECORDED, ALREADY, NOT_NOW, NOT_CHECKABLE, NOT_YOURS }

    /** A slip token is about 150 characters; anything much longer is no token. */
    static final int MAX_TOKEN_LENGTH = 400;

    private static final Set<VerificationStatus> OUTCOME_STATUSES = EnumSet.of(VerificationStatus.GENUINE,
            VerificationStatus.EXPIRED);

    private final ReferralVerifier verifier;
    private final ReferralService referrals;
    private final ReferralRepository repository;
    private final SlipScopeRepository scopes;

    SlipCheckService(ReferralVerifier verifier, ReferralService referrals, ReferralRepository repository,
                     SlipScopeRepository scopes) {
        this.verifier = verifier;
        this.referrals = referrals;
        this.repository = repository;
        this.scopes = scopes;
    }

    /**
     * Whether {@code who} may record this slip's check-in and outcome: station staff of the issuing station, an
     * operator whose region covers that station's district, the employer who posted the job. Nobody else.
     */
    boolean mayRecord(VerifyResponse verdict, SignedIn who) {
        if (who.employerId() != null) {
            return scopes.postedBy(verdict.jobId(), who.employerId());
        }
        return scopes.stationOf(verdict.terminalId())
                .map(station -> who.stationCode() != null ? who.stationCode().equals(station.stationCode())
                        : who.covers(station.districtCode()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public SlipCheck check(String token, Optional<SignedIn> who) {
        VerifyResponse verdict = verdict(token);
        boolean mayRecord = verdict != null && who.isPresent() && mayRecord(verdict, who.get());
        return new SlipCheck(token, verdict, mayRecord ? allowed(verdict) : List.of());
    }

    /** Records {@code action} once; {@code recordedBy} names the signed-in person and their role. */
    @Transactional
    public Result record(String token, SlipAction action, SignedIn who, String recordedBy) {
        VerifyResponse first = verdict(token);
        if (first == null || first.state() == null) {
            return Result.NOT_CHECKABLE;
        }
        if (!mayRecord(first, who)) {
            return Result.NOT_YOURS;
        }
        repository.lock(first.referralId());
        VerifyResponse verdict = verifier.verify(token);
        if (verdict.state() == action.result()) {
            return Result.ALREADY;
        }
        if (!allowed(verdict).contains(action)) {
            return Result.NOT_NOW;
        }
        referrals.outcome(verdict.referralId(), action.outcome(), recordedBy, null, referrals.now());
        return Result.RECORDED;
    }

    private static List<SlipAction> allowed(VerifyResponse verdict) {
        if (verdict.state() == null || !OUTCOME_STATUSES.contains(verdict.status())) {
            return List.of();
        }
        boolean genuine = verdict.status() == VerificationStatus.GENUINE;
        return EnumSet.allOf(SlipAction.class).stream()
                .filter(a -> a.from() == verdict.state())
                .filter(a -> genuine || a != SlipAction.CHECK_IN) // no 到岗 on an expired slip; its outcome still counts
                .toList();
    }

    /**
     * The verdict, or null when the text is no slip token (bad prefix, length or layout). The layout is checked here,
     * before the verifier, whose refusal would mark the surrounding transaction for rollback.
     */
    private VerifyResponse verdict(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        try {
            ReferralTokenCodec.decode(token);
        } catch (ReferralTokenException e) {
            return null;
        }
        return verifier.verify(token);
    }
}
