package org.lingong.platform.server.remote;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationService;
import org.lingong.platform.server.terminals.TerminalDetail;
import org.lingong.platform.server.terminals.TerminalService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 远程配置: an operator edits a terminal's configuration (or its station's default) and queues commands for a
 * terminal of their region. Every change is audited; a bad value is named beside its field (400).
 */
@RestController
class RemoteConsoleController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<CommandKind, String> COMMANDS = Map.of(CommandKind.RESTART, "重启终端程序",
            CommandKind.RESYNC_CATALOG, "重新同步岗位", CommandKind.UPLOAD_DIAGNOSTICS, "上传诊断包（已脱敏）",
            CommandKind.PRINT_TEST_PAGE, "打印测试页");

    /** The thing whose configuration is edited. */
    private record Target(SettingsScope scope, String code, String stationCode, String districtCode, String title, String path) {
    }

    private final RemoteConsole remote;
    private final TerminalService terminals;
    private final StationService stations;
    private final CurrentAccount current;

    RemoteConsoleController(RemoteConsole remote, TerminalService terminals, StationService stations, CurrentAccount current) {
        this.remote = remote;
        this.terminals = terminals;
        this.stations = stations;
        this.current = current;
    }

    @GetMapping("/console/terminals/{id}/remote")
    ResponseEntity<String> terminalPage(@PathVariable String id, CsrfToken csrf) {
        SignedIn who = current.require();
        return terminal(who, id).map(t -> Page.ok(page(who, csrf, t, values(t), new FormErrors(), null)))
                .orElseGet(() -> notFound(who, csrf));
    }

    @GetMapping("/console/stations/{code}/remote")
    ResponseEntity<String> stationPage(@PathVariable String code, CsrfToken csrf) {
        SignedIn who = current.require();
        return station(who, code).map(t -> Page.ok(page(who, csrf, t, values(t), new FormErrors(), null)))
                .orElseGet(() -> notFound(who, csrf));
    }

    @PostMapping("/console/terminals/{id}/remote/settings")
    ResponseEntity<String> saveTerminal(@PathVariable String id, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        return terminal(who, id).map(t -> save(who, csrf, t, form)).orElseGet(() -> notFound(who, csrf));
    }

    @PostMapping("/console/stations/{code}/remote/settings")
    ResponseEntity<String> saveStation(@PathVariable String code, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        return station(who, code).map(t -> save(who, csrf, t, form)).orElseGet(() -> notFound(who, csrf));
    }

    @PostMapping("/console/terminals/{id}/remote/commands")
    ResponseEntity<String> queue(@PathVariable String id, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<Target> target = terminal(who, id);
        if (target.isEmpty()) {
            return notFound(who, csrf);
        }
        CommandKind kind;
        try {
            kind = CommandKind.valueOf(form.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            FormErrors errors = new FormErrors();
            errors.add("kind", "请选择一个命令");
            return Page.invalid(page(who, csrf, target.get(), values(target.get()), errors, null));
        }
        remote.queue(who.username(), id, kind, target.get().districtCode());
        return Page.seeOther(target.get().path() + "?queued=" + kind.name());
    }

    private ResponseEntity<String> save(SignedIn who, CsrfToken csrf, Target target, Map<String, String> form) {
        FormErrors errors = new FormErrors();
        TerminalSettings settings = SettingsForm.read(form, errors);
        if (settings == null) {
            return Page.invalid(page(who, csrf, target, form, errors, null));
        }
        TerminalSettings saved = remote.save(who.username(), target.scope(), target.code(), settings, target.districtCode());
        return Page.ok(page(who, csrf, target, SettingsForm.values(saved), errors,
                "已保存为配置版本 " + saved.version() + "，终端下次心跳时取用。"));
    }

    private Optional<Target> terminal(SignedIn who, String id) {
        return terminals.find(who.regionPrefix(), id).map(t -> new Target(SettingsScope.TERMINAL, id, t.status().stationCode(), t.districtCode(),
                "终端 " + id + " 远程配置", "/console/terminals/" + id + "/remote"));
    }

    private Optional<Target> station(SignedIn who, String code) {
        return stations.find(who.regionPrefix(), code).map((Station s) -> new Target(SettingsScope.STATION, code, code,
                s.districtCode(), "驿站 " + s.name() + " 终端默认配置", "/console/stations/" + code + "/remote"));
    }

    private Map<String, String> values(Target target) {
        return remote.latest(target.scope(), target.code()).map(SettingsForm::values).orElse(Map.of());
    }

    private String page(SignedIn who, CsrfToken csrf, Target target, Map<String, String> values, FormErrors errors,
                        String saved) {
        StringBuilder body = new StringBuilder();
        if (saved != null) {
            body.append("<p class=\"ok\" id=\"saved\">").append(Html.escape(saved)).append("</p>");
        }
        if (target.scope() == SettingsScope.TERMINAL) {
            appliedState(body, target);
        } else {
            body.append("<p>此驿站没有单独配置的终端使用这里的默认配置。</p>");
        }
        Form form = new Form(values, errors);
        body.append("<form method=\"post\" action=\"").append(Html.escape(target.path())).append("/settings\">")
                .append(Page.csrfField(csrf)).append("<p class=\"note\">留空的项由终端沿用本机设置。</p>")
                .append(form.input("空闲提示（秒，15–600）", SettingsForm.IDLE_TIMEOUT, "number", "min=\"15\" max=\"600\""))
                .append(form.input("倒计时（秒，5–120）", SettingsForm.IDLE_WARNING, "number", "min=\"5\" max=\"120\""))
                .append(form.input("驿站名称", SettingsForm.STATION_NAME, "text", "maxlength=\"60\""))
                .append(form.textarea("服务事项（每行一项，留空用平台清单）", SettingsForm.SERVICE_ITEMS, 5))
                .append(form.select("打印纸宽", SettingsForm.PAPER_WIDTH,
                        List.of(new Form.Option("58", "58 毫米"), new Form.Option("80", "80 毫米")), "沿用本机"))
                .append(form.select("二维码", SettingsForm.NATIVE_QR,
                        List.of(new Form.Option("true", "打印机自绘"), new Form.Option("false", "图片")), "沿用本机"))
                .append(form.select("日志级别", SettingsForm.LOG_LEVEL,
                        TerminalSettings.LOG_LEVELS.stream().map(l -> new Form.Option(l, l)).toList(), "沿用本机"))
                .append("<button type=\"submit\" id=\"save\">保存配置</button></form>");
        if (target.scope() == SettingsScope.TERMINAL) {
            commands(body, csrf, target, new Form(Map.of(), errors));
        }
        ResponseEntity<String> page = Page.ok(Page.render(target.title(), who, csrf, body.toString()));
        return page.getBody();
    }

    private void appliedState(StringBuilder body, Target target) {
        AppliedState applied = remote.applied(target.code());
        String effective = remote.effective(target.code(), target.stationCode()).map(s -> "v" + s.version()).orElse(null);
        body.append("<table id=\"applied\"><tr><th>平台上的配置</th><td>")
                .append(Html.escape(effective == null ? "无" : effective))
                .append("</td></tr><tr><th>终端报告已应用</th><td>")
                .append(applied.appliedVersion() == null ? "尚未报告" : applied.appliedVersion() == 0 ? "无" : "v" + applied.appliedVersion())
                .append("</td></tr>");
        if (applied.refusal() != null) {
            body.append("<tr><th>终端拒绝</th><td class=\"alert\">").append(Html.escape(applied.refusal())).append("</td></tr>");
        }
        body.append("</table>");
    }

    private void commands(StringBuilder body, CsrfToken csrf, Target target, Form form) {
        body.append("<h2>远程命令</h2><form method=\"post\" action=\"").append(Html.escape(target.path()))
                .append("/commands\">").append(Page.csrfField(csrf))
                .append(form.select("命令", "kind", List.of(CommandKind.values()).stream()
                        .map(k -> new Form.Option(k.name(), COMMANDS.get(k))).toList()))
                .append("<button type=\"submit\" id=\"queue\">发送命令</button></form>")
                .append("<table id=\"commands\"><tr><th>命令</th><th>发出</th><th>状态</th><th>说明</th></tr>");
        for (CommandRepository.QueuedCommand command : remote.commands(target.code())) {
            body.append("<tr><td>").append(Html.escape(COMMANDS.get(command.kind()))).append("</td><td>")
                    .append(TIME.format(command.issuedAt())).append(" ").append(Html.escape(command.issuedBy()))
                    .append("</td><td class=\"state-").append(command.state()).append("\">")
                    .append(switch (command.state()) {
                        case "APPLIED" -> "已执行";
                        case "FAILED" -> "失败";
                        default -> "等待终端";
                    }).append("</td><td>").append(Html.escape(command.detail() == null ? "" : command.detail()))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static ResponseEntity<String> notFound(SignedIn who, CsrfToken csrf) {
        return Page.notFound(Page.render("没有找到", who, csrf,
                "<p>没有这台终端或驿站，或它不在您的辖区。</p><p><a href=\"/console/terminals\">返回终端列表</a></p>"));
    }
}
