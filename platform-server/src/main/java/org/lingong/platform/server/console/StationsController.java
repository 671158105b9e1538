package org.lingong.platform.server.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.seed.Divisions;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations of the operator's region: list, create, edit, delete, and enrollment codes for their terminals. */
@RestController
class StationsController {

    private final StationService stations;
    private final ConsoleDesk desk;
    private final CurrentAccount current;

    StationsController(StationService stations, ConsoleDesk desk, CurrentAccount current) {
        this.stations = stations;
        this.desk = desk;
        this.current = current;
    }

    @GetMapping("/console/stations")
    ResponseEntity<String> list(CsrfToken csrf) {
        SignedIn who = current.require();
        StringBuilder body = new StringBuilder("<p><a class=\"button\" href=\"/console/stations/new\">＋ 新建驿站</a></p>")
                .append("<div class=\"wrap\"><table id=\"stations\"><tr><th>编号</th><th>名称</th><th>旗县区</th><th>地址</th><th>预约</th></tr>");
        for (Station s : stations.under(who.regionPrefix())) {
            body.append("<tr><td><a href=\"/console/stations/").append(Html.escape(s.code())).append("\">")
                    .append(Html.escape(s.code())).append("</a></td><td>").append(Html.escape(s.name())).append("</td><td>")
                    .append(Html.escape(districtName(s.districtCode()))).append(" (").append(s.districtCode()).append(")</td><td>")
                    .append(Html.escape(s.address())).append("</td><td><a href=\"/console/calendars/")
                    .append(Html.escape(s.code())).append("\">预约日历</a></td></tr>");
        }
        return Page.ok(Page.render("驿站", who, csrf, body.append("</table></div>").toString()));
    }

    @GetMapping("/console/stations/new")
    ResponseEntity<String> newStation(CsrfToken csrf) {
        return Page.ok(formPage(null, new Form(Map.of(), new FormErrors()), csrf));
    }

    @PostMapping("/console/stations")
    ResponseEntity<String> create(@RequestParam Map<String, String> form, CsrfToken csrf) {
        return save(null, form, csrf);
    }

    @GetMapping("/console/stations/{code}")
    ResponseEntity<String> edit(@PathVariable String code, CsrfToken csrf) {
        Optional<Station> station = stations.find(current.require().regionPrefix(), code);
        if (station.isEmpty()) {
            return notFound(csrf);
        }
        Station s = station.get();
        Map<String, String> values = Map.of("name", s.name(), "districtCode", s.districtCode(), "address", s.address());
        return Page.ok(formPage(s.code(), new Form(values, new FormErrors()), csrf));
    }

    @PostMapping("/console/stations/{code}")
    ResponseEntity<String> update(@PathVariable String code, @RequestParam Map<String, String> form, CsrfToken csrf) {
        if (stations.find(current.require().regionPrefix(), code).isEmpty()) {
            return notFound(csrf);
        }
        return save(code, form, csrf);
    }

    @PostMapping("/console/stations/{code}/delete")
    ResponseEntity<String> delete(@PathVariable String code, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<String> refused = stations.delete(who.username(), who.regionPrefix(), code);
        if (refused.isPresent()) {
            return Page.invalid(Page.render("不能删除驿站", who, csrf, "<p class=\"alert\" id=\"message\">"
                    + Html.escape(refused.get()) + "</p><p><a href=\"/console/stations\">返回驿站列表</a></p>"));
        }
        return Page.seeOther("/console/stations");
    }

    @PostMapping("/console/stations/{code}/codes")
    ResponseEntity<String> issueCode(@PathVariable String code, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        int hours;
        try {
            hours = Integer.parseInt(form.getOrDefault("validHours", "").strip());
        } catch (NumberFormatException e) {
            hours = -1;
        }
        if (hours < 1 || hours > 720) {
            FormErrors errors = new FormErrors();
            errors.add("validHours", "有效期为1到720小时");
            return stations.find(who.regionPrefix(), code).isEmpty() ? notFound(csrf)
                    : Page.invalid(formPage(code, new Form(values(stations.find(who.regionPrefix(), code).get(), form), errors), csrf));
        }
        Optional<EnrollmentCode> issued = desk.issueCode(who, code, hours);
        if (issued.isEmpty()) {
            return notFound(csrf);
        }
        return Page.ok(Page.render("终端注册码", who, csrf, "<p>驿站 " + Html.escape(code) + " 的终端注册码（只显示这一次，用一次即失效）：</p>"
                + "<p style=\"font-size:2em;font-family:monospace\" id=\"enrollment-code\">" + Html.escape(issued.get().code())
                + "</p><p>有效至 " + Html.escape(ConsolePages.TIME.format(issued.get().expiresAt())) + "</p>"
                + "<p><a href=\"/console/stations/" + Html.escape(code) + "\">返回驿站</a></p>"));
    }

    private ResponseEntity<String> save(String code, Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        List<StationService.FieldError> problems = stations.save(who.username(), who.regionPrefix(), code, form);
        if (problems.isEmpty()) {
            return Page.seeOther("/console/stations");
        }
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.message()));
        return Page.invalid(formPage(code, new Form(form, errors), csrf));
    }

    private static Map<String, String> values(Station s, Map<String, String> posted) {
        Map<String, String> values = new HashMap<>(Map.of("name", s.name(), "districtCode", s.districtCode(), "address", s.address()));
        values.putAll(posted);
        return values;
    }

    private String formPage(String code, Form form, CsrfToken csrf) {
        SignedIn who = current.require();
        String prefix = who.regionPrefix();
        List<Form.Option> districts = Divisions.innerMongolia().counties().stream()
                .filter(d -> d.code().startsWith(prefix))
                .map(d -> new Form.Option(d.code(), Divisions.innerMongolia().prefectureOf(d).name() + " " + d.name())).toList();
        StringBuilder body = new StringBuilder("<form method=\"post\" action=\"/console/stations")
                .append(code == null ? "" : "/" + Html.escape(code)).append("\" novalidate>").append(Page.csrfField(csrf));
        if (code == null) {
            body.append(form.input("驿站编号（例如 NM-150203-002）", "code", "text", "maxlength=\"32\""));
        }
        body.append(form.input("驿站名称", "name", "text", "maxlength=\"120\""))
                .append(form.select("所在旗县区（GB/T 2260）", "districtCode", districts))
                .append(form.input("地址", "address", "text", "maxlength=\"200\""))
                .append("<p><button type=\"submit\">保存</button></p></form>");
        if (code != null) {
            body.append("<fieldset><legend>终端注册码</legend><form method=\"post\" action=\"/console/stations/")
                    .append(Html.escape(code)).append("/codes\" novalidate>").append(Page.csrfField(csrf))
                    .append(new Form(Map.of("validHours", form.value("validHours").isEmpty() ? "24" : form.value("validHours")),
                            errorsOf(form, "validHours")).input("有效期（小时）", "validHours", "number", "min=\"1\" max=\"720\""))
                    .append("<button type=\"submit\">发放注册码</button></form></fieldset>")
                    .append("<fieldset><legend>删除驿站</legend><form method=\"post\" action=\"/console/stations/")
                    .append(Html.escape(code)).append("/delete\">").append(Page.csrfField(csrf))
                    .append("<button type=\"submit\">删除驿站 ").append(Html.escape(code)).append("</button></form></fieldset>")
                    .append("<p><a href=\"/console/terminals?station=").append(Html.escape(code)).append("\">该驿站的终端</a>　")
                    .append("<a href=\"/console/calendars/").append(Html.escape(code)).append("\">该驿站的预约日历</a></p>");
        }
        return Page.render(code == null ? "新建驿站" : "驿站 " + code, who, csrf, body.toString());
    }

    private static FormErrors errorsOf(Form form, String field) {
        return form.errors(field);
    }

    private static String districtName(String code) {
        return Divisions.innerMongolia().find(code).map(d -> d.name()).orElse(code);
    }

    private ResponseEntity<String> notFound(CsrfToken csrf) {
        return Page.notFound(Page.render("没有这个驿站", current.require(), csrf,
                "<p>没有这个驿站，或它不在您的辖区。</p><p><a href=\"/console/stations\">返回驿站列表</a></p>"));
    }
}
