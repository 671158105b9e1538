package org.lingong.platform.server.console;

import jakarta.servlet.http.HttpSession;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The one login form of operators, station staff and employers (posted to Spring Security's {@code /login}). */
@RestController
class LoginController {

    private final AccountService accounts;

    LoginController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    ResponseEntity<String> login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                                 @RequestParam(required = false) String registered, HttpSession session, CsrfToken csrf) {
        StringBuilder body = new StringBuilder();
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = last instanceof LockedException
                    ? "密码连续输错" + accounts.maxFailures() + "次，账户已锁定" + accounts.lockTime().toMinutes()
                            + "分钟，请稍后再试或联系经办人员解锁。"
                    : "登录名或密码不对，请重新输入。";
            body.append("<p class=\"alert\" id=\"login-error\">").append(message).append("</p>");
        }
        if (logout != null) {
            body.append("<p class=\"ok\">您已退出登录。</p>");
        }
        if (registered != null) {
            body.append("<p class=\"ok\" id=\"registered\">注册成功，请登录后发布岗位。</p>");
        }
        body.append("<form method=\"post\" action=\"/login\">").append(Page.csrfField(csrf))
                .append("<div class=\"f\"><label for=\"username\">登录名</label><input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\"></div>")
                .append("<div class=\"f\"><label for=\"password\">密码</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"></div>")
                .append("<p><button type=\"submit\">登录 · Sign in</button></p></form>")
                .append("<p>用工单位还没有账户？<a href=\"/employer/register\">注册</a></p>");
        return Page.ok(Page.render("登录", null, csrf, body.toString()));
    }
}
