package org.lingong.platform.server.employers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review for scripts (HTTP Basic): the same rules as the pages. A posting outside the operator's region is
 * answered as if it did not exist (404), so its existence does not leak.
 */
@RestController
@RequestMapping("/api/v1/operator/postings")
class VettingApiController {

    /** A posting as the API shows it. */
    record PostingView(long id, String state, String title, String employer, String districtCode, String rejectReason,
                       Long jobId) {

        static PostingView of(Posting p) {
            return new PostingView(p.id(), p.state().name(), p.draft().title(), p.employerName(), p.draft().districtCode(),
                    p.rejectReason(), p.jobId());
        }
    }

    private final EmployerService employers;
    private final CurrentAccount current;

    VettingApiController(EmployerService employers, CurrentAccount current) {
        this.employers = employers;
        this.current = current;
    }

    @GetMapping
    List<PostingView> list() {
        return employers.forReview(current.require()).stream().map(PostingView::of).toList();
    }

    @GetMapping("/{id}")
    PostingView get(@PathVariable long id) {
        return employers.reviewable(current.require(), id).map(PostingView::of).orElseThrow(VettingApiController::unknown);
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<PostingView> approve(@PathVariable long id) {
        return answer(id, employers.approve(current.require(), id));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<PostingView> reject(@PathVariable long id, @RequestBody Map<String, String> body) {
        return answer(id, employers.reject(current.require(), id, body.get("reason")));
    }

    private ResponseEntity<PostingView> answer(long id, Optional<EmployerService.Refusal> refusal) {
        if (refusal.isPresent()) {
            if (refusal.get().notFound()) {
                throw unknown();
            }
            throw new ApiException(409, "posting-not-reviewable", "Posting cannot be reviewed", refusal.get().message());
        }
        return ResponseEntity.ok(get(id));
    }

    private static ApiException unknown() {
        return ApiException.notFound("unknown-posting", "no posting with this id in your region");
    }
}
