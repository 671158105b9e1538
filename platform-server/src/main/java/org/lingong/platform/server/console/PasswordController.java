package org.lingong.platform.server.console;

import java.util.Map;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.PasswordPolicy;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 修改密码 for every signed-in account (operator, station staff, employer): current password, the new one twice. */
@RestController
class PasswordController {

    static final String PATH = "/account/password";

    private final AccountService accounts;
    private final CurrentAccount current;

    PasswordController(AccountService accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(@RequestParam(required = false) String changed, CsrfToken csrf) {
        return Page.ok(page(new FormErrors(), changed != null, csrf));
    }

    @PostMapping(PATH)
    ResponseEntity<String> change(@RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        Map<String, String> problems = accounts.changePassword(who.username(), form.get("current"), form.get("password"),
                form.get("password2"));
        if (problems.isEmpty()) {
            return Page.seeOther(PATH + "?changed");
        }
        FormErrors errors = new FormErrors();
        problems.forEach(errors::add);
        return Page.invalid(page(errors, false, csrf));
    }

    private String page(FormErrors errors, boolean changed, CsrfToken csrf) {
        SignedIn who = current.require();
        Form form = new Form(Map.of(), errors);
        String body = (changed ? "<p class=\"ok\" id=\"changed\">密码已修改。下次登录请用新密码。</p>" : "")
                + "<form method=\"post\" action=\"" + PATH + "\" novalidate>" + Page.csrfField(csrf)
                + form.input("当前密码", "current", "password", "autocomplete=\"current-password\"")
                + form.input("新密码（至少" + PasswordPolicy.minLength(who.role()) + "位）", "password", "password",
                        "autocomplete=\"new-password\"")
                + form.input("再输入一次新密码", "password2", "password", "autocomplete=\"new-password\"")
                + "<p><button type=\"submit\">修改密码</button></p></form>";
        return Page.render("修改密码", who, csrf, body);
    }
}
