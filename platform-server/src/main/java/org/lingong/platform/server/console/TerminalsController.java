package org.lingong.platform.server.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.RegionCodes;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.remote.AppliedState;
import org.lingong.platform.server.remote.RemoteConsole;
import org.lingong.platform.server.seed.Division;
import org.lingong.platform.server.seed.Divisions;
import org.lingong.platform.server.terminals.TerminalDetail;
import org.lingong.platform.server.terminals.TerminalService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Terminals of the operator's region: a filtered list with alerts, a detail page, revocation. */
@RestController
class TerminalsController {

    private static final Map<TerminalDetail.State, String> STATES = Map.of(TerminalDetail.State.ALL, "全部",
            TerminalDetail.State.ONLINE, "在线", TerminalDetail.State.OFFLINE, "离线", TerminalDetail.State.ALERT, "有告警",
            TerminalDetail.State.REVOKED, "已停用");

    private final TerminalService terminals;
    private final CurrentAccount current;
    private final RemoteConsole remote;

    TerminalsController(TerminalService terminals, CurrentAccount current, RemoteConsole remote) {
        this.terminals = terminals;
        this.current = current;
        this.remote = remote;
    }

    @GetMapping("/console/terminals")
    ResponseEntity<String> list(@RequestParam Map<String, String> query, CsrfToken csrf) {
        SignedIn who = current.require();
        FormErrors errors = new FormErrors();
        String region = query.getOrDefault("region", "").strip();
        String prefix = who.regionPrefix();
        if (!region.isEmpty()) {
            if (!RegionCodes.isWellFormed(region) || !RegionCodes.prefix(region).startsWith(who.regionPrefix())) {
                errors.add("region", "请选择您辖区内的地区");
            } else {
                prefix = RegionCodes.prefix(region);
            }
        }
        TerminalDetail.State state = TerminalDetail.State.ALL;
        try {
            String wanted = query.getOrDefault("state", "").strip();
            state = wanted.isEmpty() ? TerminalDetail.State.ALL : TerminalDetail.State.valueOf(wanted);
        } catch (IllegalArgumentException e) {
            errors.add("state", "请选择状态");
        }
        String station = query.getOrDefault("station", "").strip();
        Instant now = terminals.clock().instant();
        Duration limit = terminals.offlineLimit();
        List<TerminalDetail> rows = terminals.list(prefix, state).stream()
                .filter(t -> station.isEmpty() || t.status().stationCode().equals(station)).toList();
        Form form = new Form(query, errors);
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/console/terminals\" class=\"filters\">")
                .append(form.select("地区", "region", regions(who), "全部（辖区 " + who.regionCode() + "）"))
                .append(form.select("状态", "state", states(), null))
                .append("<button type=\"submit\">筛选</button></form><p>共 ").append(rows.size()).append(" 台。离线告警：超过 ")
                .append(limit.toMinutes()).append(" 分钟没有心跳。</p><div class=\"wrap\"><table id=\"terminals\" class=\"cards\"><tr class=\"head\"><th>终端</th>")
                .append("<th>驿站</th><th>最后心跳</th><th>版本</th><th>告警</th></tr>");
        for (TerminalDetail t : rows) {
            List<String> alerts = t.alerts(limit, now);
            body.append("<tr><td><a href=\"/console/terminals/").append(Html.escape(t.status().id())).append("\">")
                    .append(Html.escape(t.status().id())).append("</a>").append(t.revoked() ? "（已停用）" : "")
                    .append("</td><td data-label=\"驿站\">").append(Html.escape(t.status().stationName())).append("</td><td data-label=\"最后心跳\">")
                    .append(t.status().lastSeenAt() == null ? "从未" : ConsolePages.TIME.format(t.status().lastSeenAt()))
                    .append("</td><td data-label=\"版本\">").append(Html.escape(t.status().appVersion())).append("</td><td>");
            for (String alert : alerts) {
                body.append("<div class=\"alert\">").append(Html.escape(alert)).append("</div>");
            }
            body.append(alerts.isEmpty() ? (t.revoked() ? "" : "正常") : "").append("</td></tr>");
        }
        ResponseEntity<String> page = Page.ok(Page.render("终端", who, csrf, body.append("</table></div>").toString()));
        return errors.isEmpty() ? page : Page.invalid(page.getBody());
    }

    @GetMapping("/console/terminals/{id}")
    ResponseEntity<String> detail(@PathVariable String id, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<TerminalDetail> found = terminals.find(who.regionPrefix(), id);
        if (found.isEmpty()) {
            return notFound(who, csrf);
        }
        TerminalDetail t = found.get();
        Instant now = terminals.clock().instant();
        StringBuilder body = new StringBuilder();
        for (String alert : t.alerts(terminals.offlineLimit(), now)) {
            body.append("<p class=\"alert\">").append(Html.escape(alert)).append("</p>");
        }
        body.append("<table><tr><th>终端</th><td>").append(Html.escape(t.status().id())).append("</td></tr>")
                .append(row("驿站", t.status().stationName() + " (" + t.status().stationCode() + ")"))
                .append(row("注册时间", ConsolePages.TIME.format(t.status().enrolledAt())))
                .append(row("状态", t.revoked() ? "已停用 " + ConsolePages.TIME.format(t.status().revokedAt()) : "使用中"))
                .append(row("最后心跳", t.status().lastSeenAt() == null ? "从未" : ConsolePages.TIME.format(t.status().lastSeenAt())))
                .append(row("软件版本", t.status().appVersion()))
                .append(row("设备（含打印纸）", t.status().deviceStates()))
                .append(row("待发事件", t.status().outboxDepth() == null ? "–" : t.status().outboxDepth() + " 条，最早 "
                        + t.status().outboxAgeSeconds() + " 秒前"))
                .append(row("磁盘剩余", t.status().diskFreeBytes() == null ? "–" : t.status().diskFreeBytes() / (1024 * 1024) + " MiB"))
                .append(row("信息目录版本", t.contentVersion() == null ? "–" : t.contentVersion() + "（应为 " + t.contentCurrent() + "）"))
                .append(row("时钟偏差", t.clockSkewMillis() == null ? "–" : String.format("%.1f 秒", t.clockSkewMillis() / 1000.0)))
                .append(remoteRows(t))
                .append("</table><p><a id=\"remote\" href=\"/console/terminals/").append(Html.escape(id))
                .append("/remote\">远程配置与命令</a></p>");
        if (t.parked() != null) {
            body.append("<h2>被拒收的事件（").append(t.parked().count()).append(" 条）</h2><ul>");
            for (ParkedReport report : t.parked().reports()) {
                body.append("<li>").append(Html.escape(report.eventType())).append("：").append(Html.escape(report.reason()))
                        .append("</li>");
            }
            body.append("</ul>");
        }
        if (!t.revoked()) {
            body.append("<form method=\"post\" action=\"/console/terminals/").append(Html.escape(id)).append("/revoke\">")
                    .append(Page.csrfField(csrf)).append("<button type=\"submit\" id=\"revoke\">停用此终端</button></form>");
        }
        return Page.ok(Page.render("终端 " + id, who, csrf, body.toString()));
    }

    @PostMapping("/console/terminals/{id}/revoke")
    ResponseEntity<String> revoke(@PathVariable String id, CsrfToken csrf) {
        SignedIn who = current.require();
        if (!terminals.revoke(who.username(), who.regionPrefix(), id)) {
            return notFound(who, csrf);
        }
        return Page.seeOther("/console/terminals/" + id);
    }

    /** The configuration the platform holds for the terminal against what it last reported as applied. */
    private String remoteRows(TerminalDetail t) {
        String held = remote.effective(t.status().id(), t.status().stationCode()).map(s -> "v" + s.version()).orElse("无");
        AppliedState applied = remote.applied(t.status().id());
        String reported = applied.appliedVersion() == null ? "尚未报告"
                : applied.appliedVersion() == 0 ? "无" : "v" + applied.appliedVersion();
        return row("远程配置", held + "（终端已应用：" + reported + "）")
                + (applied.refusal() == null ? "" : row("终端拒绝的配置", applied.refusal()));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + Html.escape(label) + "</th><td>" + Html.escape(value == null ? "–" : value) + "</td></tr>";
    }

    private static List<Form.Option> regions(SignedIn who) {
        List<Form.Option> options = new ArrayList<>();
        Divisions divisions = Divisions.innerMongolia();
        for (Division prefecture : divisions.prefectures()) {
            if (prefecture.code().startsWith(who.regionPrefix()) || who.regionPrefix().startsWith(prefecture.code().substring(0, 4))) {
                if (prefecture.code().startsWith(who.regionPrefix())) {
                    options.add(new Form.Option(prefecture.code(), prefecture.name()));
                }
                for (Division county : divisions.countiesOf(prefecture.code())) {
                    if (county.code().startsWith(who.regionPrefix())) {
                        options.add(new Form.Option(county.code(), "　" + county.name()));
                    }
                }
            }
        }
        return options;
    }

    private static List<Form.Option> states() {
        List<Form.Option> options = new ArrayList<>();
        for (TerminalDetail.State state : TerminalDetail.State.values()) {
            options.add(new Form.Option(state.name(), STATES.get(state)));
        }
        return options;
    }

    private static ResponseEntity<String> notFound(SignedIn who, CsrfToken csrf) {
        return Page.notFound(Page.render("没有这台终端", who, csrf,
                "<p>没有这台终端，或它不在您的辖区。</p><p><a href=\"/console/terminals\">返回终端列表</a></p>"));
    }
}
