package org.lingong.platform.server.employers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The employer's pages: registration (anyone), their postings with review state, posting and editing a job. */
@RestController
class EmployerController {

    private final EmployerService employers;
    private final CurrentAccount current;

    EmployerController(EmployerService employers, CurrentAccount current) {
        this.employers = employers;
        this.current = current;
    }

    @GetMapping("/employer/register")
    ResponseEntity<String> registration(CsrfToken csrf) {
        return Page.ok(registrationPage(new Form(Map.of(), new FormErrors()), csrf));
    }

    @PostMapping("/employer/register")
    ResponseEntity<String> register(@RequestParam Map<String, String> form, CsrfToken csrf) {
        FormErrors errors = new FormErrors();
        if (employers.register(form, errors).isEmpty()) {
            Map<String, String> shown = new HashMap<>(form);
            shown.remove("password");
            shown.remove("password2");
            return Page.invalid(registrationPage(new Form(shown, errors), csrf));
        }
        return Page.seeOther("/login?registered");
    }

    @GetMapping({"/employer", "/employer/jobs"})
    ResponseEntity<String> jobs(CsrfToken csrf) {
        SignedIn who = current.require();
        String body = "<p><a class=\"button\" href=\"/employer/jobs/new\">＋ 发布岗位</a></p>"
                + "<p>岗位经所在盟市或旗县区人社部门审核通过后，才会在零工驿站的自助终端上展示；修改已通过的岗位需要重新审核。</p>"
                + PostingPages.employerList(employers.postingsOf(who), employers.today());
        return Page.ok(Page.render("我的岗位", who, csrf, body));
    }

    @GetMapping("/employer/jobs/new")
    ResponseEntity<String> newJob(CsrfToken csrf) {
        return Page.ok(postingPage("发布岗位", "/employer/jobs", new Form(Map.of("payUnit", "DAY", "headcount", "1"),
                new FormErrors()), csrf, "提交审核"));
    }

    @PostMapping("/employer/jobs")
    ResponseEntity<String> post(@RequestParam Map<String, String> form, CsrfToken csrf) {
        FormErrors errors = new FormErrors();
        if (employers.post(current.require(), form, errors).isEmpty()) {
            return Page.invalid(postingPage("发布岗位", "/employer/jobs", new Form(form, errors), csrf, "提交审核"));
        }
        return Page.seeOther("/employer/jobs");
    }

    @GetMapping("/employer/jobs/{id}/edit")
    ResponseEntity<String> edit(@PathVariable long id, CsrfToken csrf) {
        Optional<Posting> posting = employers.ownPosting(current.require(), id);
        if (posting.isEmpty()) {
            return Page.notFound(Page.render("没有这个岗位", current.require(), csrf, "<p><a href=\"/employer/jobs\">返回我的岗位</a></p>"));
        }
        String action = "/employer/jobs/" + id;
        Posting p = posting.get();
        String head = "<p>当前状态：" + PostingPages.state(p, employers.today()) + "</p>"
                + (p.state() == PostingState.APPROVED ? "<p class=\"note\">该岗位已通过审核。保存修改后将重新审核，审核通过前驿站不再展示。</p>" : "");
        return Page.ok(Page.render("修改岗位", current.require(), csrf, head
                + PostingPages.postingForm(action, new Form(PostingForm.values(p.draft()), new FormErrors()), csrf, "保存并重新提交审核")));
    }

    @PostMapping("/employer/jobs/{id}")
    ResponseEntity<String> save(@PathVariable long id, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        if (employers.ownPosting(who, id).isEmpty()) {
            return Page.notFound(Page.render("没有这个岗位", who, csrf, "<p><a href=\"/employer/jobs\">返回我的岗位</a></p>"));
        }
        FormErrors errors = new FormErrors();
        if (!employers.edit(who, id, form, errors)) {
            return Page.invalid(postingPage("修改岗位", "/employer/jobs/" + id, new Form(form, errors), csrf, "保存并重新提交审核"));
        }
        return Page.seeOther("/employer/jobs");
    }

    private String postingPage(String title, String action, Form form, CsrfToken csrf, String submit) {
        return Page.render(title, current.require(), csrf, PostingPages.postingForm(action, form, csrf, submit));
    }

    private static String registrationPage(Form form, CsrfToken csrf) {
        String body = "<p>用工单位注册后可发布零工岗位，经人社部门审核后在各零工驿站展示。已有账户？<a href=\"/login\">登录</a></p>"
                + "<form method=\"post\" action=\"/employer/register\" novalidate>" + Page.csrfField(csrf)
                + form.input("单位名称", "companyName", "text", "maxlength=\"100\"")
                + form.input("统一社会信用代码（18位）", "creditCode", "text", "maxlength=\"20\" autocapitalize=\"characters\"")
                + form.input("联系人", "contactName", "text", "maxlength=\"40\"")
                + form.input("联系电话", "phone", "tel", "maxlength=\"20\"")
                + form.input("登录名", "username", "text", "maxlength=\"40\" autocomplete=\"username\"")
                + form.input("密码（至少" + RegistrationForm.MIN_PASSWORD + "位）", "password", "password", "autocomplete=\"new-password\"")
                + form.input("再次输入密码", "password2", "password", "autocomplete=\"new-password\"")
                + "<p><button type=\"submit\">注册</button></p></form>";
        return Page.render("用工单位注册", null, csrf, body);
    }
}
