package org.lingong.platform.server.employers;

import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's review (审核) of employers' postings, limited to the operator's region. */
@RestController
class VettingController {

    private final EmployerService employers;
    private final CurrentAccount current;

    VettingController(EmployerService employers, CurrentAccount current) {
        this.employers = employers;
        this.current = current;
    }

    @GetMapping("/console/jobs")
    ResponseEntity<String> list(CsrfToken csrf) {
        SignedIn who = current.require();
        return Page.ok(Page.render("岗位审核", who, csrf, "<p>待审核的岗位排在前面。只显示辖区（" + Html.escape(who.regionCode())
                + "）内的岗位。</p>" + PostingPages.reviewList(employers.forReview(who), employers.today())));
    }

    @GetMapping("/console/jobs/{id}")
    ResponseEntity<String> detail(@PathVariable long id, CsrfToken csrf) {
        return page(id, csrf, new FormErrors(), Map.of(), null);
    }

    @PostMapping("/console/jobs/{id}/approve")
    ResponseEntity<String> approve(@PathVariable long id, CsrfToken csrf) {
        Optional<EmployerService.Refusal> refusal = employers.approve(current.require(), id);
        if (refusal.isPresent()) {
            return page(id, csrf, new FormErrors(), Map.of(), refusal.get().message());
        }
        return Page.seeOther("/console/jobs/" + id);
    }

    @PostMapping("/console/jobs/{id}/reject")
    ResponseEntity<String> reject(@PathVariable long id, @RequestParam Map<String, String> form, CsrfToken csrf) {
        Optional<EmployerService.Refusal> refusal = employers.reject(current.require(), id, form.get("reason"));
        if (refusal.isPresent() && !refusal.get().notFound()) {
            FormErrors errors = new FormErrors();
            errors.add("reason", refusal.get().message());
            return page(id, csrf, errors, form, null);
        }
        return refusal.isPresent() ? page(id, csrf, new FormErrors(), Map.of(), null) : Page.seeOther("/console/jobs/" + id);
    }

    private ResponseEntity<String> page(long id, CsrfToken csrf, FormErrors errors, Map<String, String> values, String message) {
        SignedIn who = current.require();
        Optional<Posting> found = employers.reviewable(who, id);
        if (found.isEmpty()) {
            return Page.notFound(Page.render("没有这个岗位", who, csrf,
                    "<p>没有这个岗位，或它不在您的辖区。</p><p><a href=\"/console/jobs\">返回岗位审核</a></p>"));
        }
        Posting p = found.get();
        Employer employer = employers.employer(p.employerId()).orElseThrow();
        StringBuilder body = new StringBuilder();
        if (message != null) {
            body.append("<p class=\"alert\" id=\"message\">").append(Html.escape(message)).append("</p>");
        }
        body.append("<p>状态：").append(PostingPages.state(p, employers.today()));
        if (p.reviewedBy() != null) {
            body.append("（").append(Html.escape(p.reviewedBy())).append(" ").append(PostingPages.TIME.format(p.reviewedAt())).append("）");
        }
        body.append("</p><h2>").append(Html.escape(p.draft().title())).append("</h2>").append(PostingPages.summary(p.draft()))
                .append("<h2>用工单位</h2><table><tr><th>名称</th><td>").append(Html.escape(employer.companyName()))
                .append("</td></tr><tr><th>统一社会信用代码</th><td>").append(Html.escape(employer.creditCode()))
                .append("</td></tr><tr><th>联系人</th><td>").append(Html.escape(employer.contactName())).append(" ")
                .append(Html.escape(employer.phone())).append("</td></tr></table>");
        Form form = new Form(values, errors);
        if (p.state() != PostingState.APPROVED) {
            body.append("<form method=\"post\" action=\"/console/jobs/").append(id).append("/approve\">").append(Page.csrfField(csrf))
                    .append("<button type=\"submit\" id=\"approve\">通过，发布到驿站</button></form>");
        }
        body.append("<form method=\"post\" action=\"/console/jobs/").append(id).append("/reject\" novalidate>")
                .append(Page.csrfField(csrf)).append(form.textarea("不通过的原因（用工单位会看到）", "reason", 3))
                .append("<button type=\"submit\" id=\"reject\">不通过</button></form>");
        ResponseEntity<String> page = Page.ok(Page.render("审核岗位", who, csrf, body.toString()));
        return errors.isEmpty() && message == null ? page : Page.invalid(page.getBody());
    }
}
