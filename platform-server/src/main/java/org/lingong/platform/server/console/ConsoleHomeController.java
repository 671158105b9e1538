package org.lingong.platform.server.console;

import java.util.Map;
import org.lingong.platform.server.accounts.Account;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditEntry;
import org.lingong.platform.server.audit.AuditTrail;
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

/** The console's home, its accounts page (operators and station staff of the region) and the audit log. */
@RestController
class ConsoleHomeController {

    private final AccountService accounts;
    private final ConsoleDesk desk;
    private final AuditTrail audit;
    private final CurrentAccount current;

    ConsoleHomeController(AccountService accounts, ConsoleDesk desk, AuditTrail audit, CurrentAccount current) {
        this.accounts = accounts;
        this.desk = desk;
        this.audit = audit;
        this.current = current;
    }

    @GetMapping("/console")
    ResponseEntity<String> home(CsrfToken csrf) {
        SignedIn who = current.require();
        String body = who.isOperator()
                ? "<ul><li><a href=\"/console/jobs\">岗位审核</a>：用工单位发布的岗位，审核通过后推送到辖区驿站</li>"
                        + "<li><a href=\"/console/content\">信息发布</a>：培训课程、招聘会、直播带岗、服务事项清单、公告、联系方式政策，"
                        + "推送到辖区驿站的终端</li>"
                        + "<li><a href=\"/console/stations\">驿站</a>：新建、修改驿站，发放终端注册码</li>"
                        + "<li><a href=\"/console/terminals\">终端</a>：在线状态、缺纸、拒收事件、目录版本告警，停用终端</li>"
                        + "<li><a href=\"/console/accounts\">账户</a>：辖区经办人员和驿站工作人员</li>"
                        + "<li><a href=\"/console/audit\">操作记录</a>：谁在何时做了什么</li>"
                        + "<li><a href=\"/fleet\">终端一览</a>：全部终端与今日推荐</li></ul>"
                : "<p>驿站 " + Html.escape(who.stationCode()) + "。</p><p><a href=\"/console/stats\">驿站统计</a></p>";
        return Page.ok(Page.render("管理平台", who, csrf, body));
    }

    @GetMapping("/console/accounts")
    ResponseEntity<String> list(CsrfToken csrf) {
        return Page.ok(accountsPage(new Form(Map.of("role", "STATION_STAFF"), new FormErrors()), csrf));
    }

    @PostMapping("/console/accounts")
    ResponseEntity<String> create(@RequestParam Map<String, String> form, CsrfToken csrf) {
        FormErrors errors = new FormErrors();
        desk.createAccount(current.require(), form, errors);
        if (!errors.isEmpty()) {
            return Page.invalid(accountsPage(new Form(form, errors), csrf));
        }
        return Page.seeOther("/console/accounts");
    }

    @PostMapping("/console/accounts/{username}/unlock")
    ResponseEntity<String> unlock(@PathVariable String username, CsrfToken csrf) {
        if (!desk.unlock(current.require(), username)) {
            return Page.notFound(Page.render("没有这个账户", current.require(), csrf, "<p><a href=\"/console/accounts\">返回</a></p>"));
        }
        return Page.seeOther("/console/accounts");
    }

    @GetMapping("/console/audit")
    ResponseEntity<String> audit(CsrfToken csrf) {
        SignedIn who = current.require();
        StringBuilder body = new StringBuilder("<p>最近200条。</p><div class=\"wrap\"><table id=\"audit\"><tr><th>时间</th><th>操作人</th>")
                .append("<th>操作</th><th>对象</th><th>内容</th></tr>");
        for (AuditEntry e : audit.latest(who.regionPrefix(), 200)) {
            body.append("<tr><td>").append(ConsolePages.TIME.format(e.at())).append("</td><td>").append(Html.escape(e.actor()))
                    .append("</td><td>").append(Html.escape(e.action())).append("</td><td>").append(Html.escape(e.target()))
                    .append("</td><td>").append(Html.escape(e.detail())).append("</td></tr>");
        }
        return Page.ok(Page.render("操作记录", who, csrf, body.append("</table></div>").toString()));
    }

    private String accountsPage(Form form, CsrfToken csrf) {
        SignedIn who = current.require();
        StringBuilder body = new StringBuilder("<div class=\"wrap\"><table id=\"accounts\"><tr><th>登录名</th><th>姓名</th>")
                .append("<th>角色</th><th>辖区/驿站</th><th>状态</th></tr>");
        for (Account a : accounts.staffUnder(who.regionPrefix())) {
            body.append("<tr><td>").append(Html.escape(a.username())).append("</td><td>").append(Html.escape(a.displayName()))
                    .append("</td><td>").append(a.role().label()).append("</td><td>")
                    .append(Html.escape(a.regionCode() != null ? a.regionCode() : a.stationCode())).append("</td><td>");
            if (accounts.isLocked(a)) {
                body.append("已锁定 <form class=\"inline\" method=\"post\" action=\"/console/accounts/").append(Html.escape(a.username()))
                        .append("/unlock\">").append(Page.csrfField(csrf)).append("<button type=\"submit\">解锁</button></form>");
            } else {
                body.append("正常");
            }
            body.append("</td></tr>");
        }
        body.append("</table></div><h2>新建账户</h2><form method=\"post\" action=\"/console/accounts\" novalidate>")
                .append(Page.csrfField(csrf))
                .append(form.select("角色", "role", java.util.List.of(new Form.Option(Role.STATION_STAFF.name(), Role.STATION_STAFF.label()),
                        new Form.Option(Role.OPERATOR.name(), Role.OPERATOR.label()))))
                .append(form.input("辖区代码（经办人员，如 150203）或驿站编号（驿站工作人员）", "scope", "text", "maxlength=\"32\""))
                .append(form.input("登录名", "username", "text", "maxlength=\"40\""))
                .append(form.input("姓名", "displayName", "text", "maxlength=\"60\""))
                .append(form.input("初始密码（至少" + ConsoleDesk.MIN_STAFF_PASSWORD + "位）", "password", "password", "autocomplete=\"new-password\""))
                .append("<p><button type=\"submit\">创建</button></p></form>");
        return Page.render("账户", who, csrf, body.toString());
    }
}
