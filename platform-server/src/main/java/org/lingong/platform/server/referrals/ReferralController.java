package org.lingong.platform.server.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.referrals.CheckInRequest;
import org.lingong.platform.api.referrals.OutcomeRequest;
import org.lingong.platform.api.referrals.ReferralView;
import org.lingong.platform.api.referrals.VerifyRequest;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.support.DbTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralController {

    private final ReferralVerifier verifier;
    private final ReferralService referrals;
    private final ReferralRepository repository;

    ReferralController(ReferralVerifier verifier, ReferralService referrals, ReferralRepository repository) {
        this.verifier = verifier;
        this.referrals = referrals;
        this.repository = repository;
    }

    /** For terminals (signed) and operators/employers (HTTP Basic). */
    @PostMapping("/api/v1/referrals/verify")
    VerifyResponse verify(@RequestBody VerifyRequest request) {
        if (request.token() == null || request.token().length() > 400) {
            throw ApiException.badRequest("malformed-token", "token is required, at most 400 characters");
        }
        return verifier.verify(request.token());
    }

    @PostMapping("/api/v1/operator/referrals/{id}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void checkIn(@PathVariable UUID id, @RequestBody CheckInRequest request) {
        referrals.checkIn(id, request.recordedBy(), referrals.now());
    }

    @PostMapping("/api/v1/operator/referrals/{id}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
        referrals.outcome(id, request.outcome(), request.recordedBy(), request.note(), referrals.now());
    }

    /** Referrals issued on a day (default today, Asia/Shanghai). */
    @GetMapping("/api/v1/operator/referrals")
    List<ReferralView> issuedOn(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return repository.issuedOn(day != null ? day : DbTime.statDay(referrals.now()));
    }
}
