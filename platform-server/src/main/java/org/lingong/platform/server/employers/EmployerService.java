package org.lingong.platform.server.employers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.NewAccount;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditLog;
import org.lingong.platform.server.jobs.JobService;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.support.DbTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers register and post jobs; operators of the job's region vet them. Only an approved posting is a job in the
 * kiosks' feed; editing takes it out again until it is approved anew.
 */
@Service
public class EmployerService {

    /** What a review could not do, in words for the page; {@code notFound}: not there or not in the region. */
    public record Refusal(boolean notFound, String message) {
    }

    private final EmployerRepository repository;
    private final AccountService accounts;
    private final JobService jobs;
    private final AuditLog audit;
    private final Clock clock;

    EmployerService(EmployerRepository repository, AccountService accounts, JobService jobs, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return DbTime.statDay(clock.instant());
    }

    /** Registers the employer and its login; empty with {@code errors} filled if the form is not right. */
    @Transactional
    public Optional<Long> register(Map<String, String> form, FormErrors errors) {
        RegistrationForm checked = RegistrationForm.parse(form, errors);
        if (checked != null && repository.creditCodeTaken(checked.creditCode())) {
            errors.add("creditCode", "该统一社会信用代码已注册，请直接登录");
        }
        if (checked != null && accounts.exists(checked.username())) {
            errors.add("username", "该登录名已被使用");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        long id = repository.insertEmployer(checked.companyName(), checked.creditCode(), checked.contactName(),
                checked.phone(), clock.instant());
        accounts.create(checked.username(), new NewAccount(checked.username(), checked.password(), Role.EMPLOYER,
                checked.companyName(), null, null, id));
        audit.record(checked.username(), "employer.register", "employer:" + id,
                checked.companyName() + " " + checked.creditCode(), null);
        return Optional.of(id);
    }

    public Optional<Employer> employer(long id) {
        return repository.employer(id);
    }

    public List<Posting> postingsOf(SignedIn employer) {
        return repository.ofEmployer(employer.employerId());
    }

    /** The employer's own posting; empty for another employer's. */
    public Optional<Posting> ownPosting(SignedIn employer, long id) {
        return repository.posting(id).filter(p -> p.employerId() == employer.employerId());
    }

    @Transactional
    public Optional<Long> post(SignedIn employer, Map<String, String> form, FormErrors errors) {
        PostingDraft draft = PostingForm.parse(form, today(), errors);
        if (draft == null) {
            return Optional.empty();
        }
        long id = repository.insertPosting(employer.employerId(), draft, clock.instant());
        audit.record(employer.username(), "posting.create", "posting:" + id, draft.title(), draft.districtCode());
        return Optional.of(id);
    }

    /** Edits the posting and sends it back to review; an approved job leaves the kiosks' feed until re-approved. */
    @Transactional
    public boolean edit(SignedIn employer, long id, Map<String, String> form, FormErrors errors) {
        Posting posting = ownPosting(employer, id).orElseThrow();
        PostingDraft draft = PostingForm.parse(form, today(), errors);
        if (draft == null) {
            return false;
        }
        takeDown(posting);
        repository.updatePosting(id, draft, clock.instant());
        audit.record(employer.username(), "posting.edit", "posting:" + id,
                draft.title() + (posting.state() == PostingState.APPROVED ? "（已通过的岗位修改后重新审核）" : ""),
                draft.districtCode());
        return true;
    }

    /** Postings an operator may vet: those in districts of their region. */
    public List<Posting> forReview(SignedIn operator) {
        return repository.under(operator.regionPrefix(), 200);
    }

    /** A posting the operator may see: empty when it does not exist or lies outside their region. */
    public Optional<Posting> reviewable(SignedIn operator, long id) {
        return repository.posting(id).filter(p -> operator.covers(p.draft().districtCode()));
    }

    /** Approves: the job is published to the kiosks of its region. */
    @Transactional
    public Optional<Refusal> approve(SignedIn operator, long id) {
        Optional<Posting> found = reviewable(operator, id);
        if (found.isEmpty()) {
            return Optional.of(new Refusal(true, "没有这个岗位，或它不在您的辖区"));
        }
        Posting posting = found.get();
        if (posting.state() == PostingState.APPROVED) {
            return Optional.of(new Refusal(false, "该岗位已通过审核"));
        }
        if (posting.endedBefore(today())) {
            return Optional.of(new Refusal(false, "该岗位的结束日期已过，不能再发布"));
        }
        Employer employer = repository.employer(posting.employerId()).orElseThrow();
        long jobId = jobs.create(jobDraft(posting.draft(), employer)).id();
        repository.review(id, PostingState.APPROVED, null, jobId, operator.username(), clock.instant());
        audit.record(operator.username(), "posting.approve", "posting:" + id, "发布为岗位 " + jobId + "：" + posting.draft().title(),
                posting.draft().districtCode());
        return Optional.empty();
    }

    /** Rejects with a reason the employer sees; an approved job leaves the feed. */
    @Transactional
    public Optional<Refusal> reject(SignedIn operator, long id, String reason) {
        Optional<Posting> found = reviewable(operator, id);
        if (found.isEmpty()) {
            return Optional.of(new Refusal(true, "没有这个岗位，或它不在您的辖区"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            return Optional.of(new Refusal(false, "请填写不通过的原因（最多300字），用工单位会看到它"));
        }
        takeDown(found.get());
        repository.review(id, PostingState.REJECTED, why, null, operator.username(), clock.instant());
        audit.record(operator.username(), "posting.reject", "posting:" + id, why, found.get().draft().districtCode());
        return Optional.empty();
    }

    private void takeDown(Posting posting) {
        if (posting.jobId() != null) {
            jobs.withdraw(posting.jobId());
        }
    }

    private static JobDraft jobDraft(PostingDraft d, Employer e) {
        return new JobDraft(d.title(), d.category(), e.companyName(), e.contactName(), e.phone(), d.districtCode(),
                d.districtName(), d.address(), d.payAmount(), d.payUnit(), d.headcount(), d.startDate(), d.endDate(),
                d.workHours(), d.requirements(), d.meals(), d.lodging(), JobStatus.OPEN, d.mongolianTitle());
    }
}
