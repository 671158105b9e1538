package org.lingong.platform.server.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.stations.Station;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console page of a station's appointment calendar ({@code /console/calendars/{station}}): open weekdays, the
 * morning and afternoon openings, seats per slot, and the closed dates (休息日). Operators of the station's region and
 * the station's own staff; anyone else gets the 404 page.
 */
@RestController
class StationCalendarController {

    static final String PATH = "/console/calendars/";
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final StationCalendarDesk desk;
    private final CurrentAccount current;

    StationCalendarController(StationCalendarDesk desk, CurrentAccount current) {
        this.desk = desk;
        this.current = current;
    }

    @GetMapping(PATH + "{code}")
    ResponseEntity<String> show(@PathVariable String code, @RequestParam(required = false) @Nullable String saved,
                                CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<Station> station = desk.station(who, code);
        if (station.isEmpty()) {
            return notFound(who, csrf);
        }
        StationCalendar calendar = desk.calendar(station.get());
        return Page.ok(page(who, station.get(), calendar, new Form(values(calendar), new FormErrors()), saved != null,
                null, null, csrf));
    }

    @PostMapping(PATH + "{code}")
    ResponseEntity<String> save(@PathVariable String code, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<Station> station = desk.station(who, code);
        if (station.isEmpty()) {
            return notFound(who, csrf);
        }
        FormErrors errors = desk.save(who, station.get(), form);
        if (errors.isEmpty()) {
            return Page.seeOther(PATH + code + "?saved");
        }
        return Page.invalid(page(who, station.get(), desk.calendar(station.get()), new Form(form, errors), false,
                null, null, csrf));
    }

    @PostMapping(PATH + "{code}/closed")
    ResponseEntity<String> close(@PathVariable String code, @RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<Station> station = desk.station(who, code);
        if (station.isEmpty()) {
            return notFound(who, csrf);
        }
        Optional<String> refused = desk.close(who, station.get(), form.get("date"));
        if (refused.isEmpty()) {
            return Page.seeOther(PATH + code);
        }
        StationCalendar calendar = desk.calendar(station.get());
        return Page.invalid(page(who, station.get(), calendar, new Form(values(calendar), new FormErrors()), false,
                form.getOrDefault("date", ""), refused.get(), csrf));
    }

    @PostMapping(PATH + "{code}/closed/{date}/delete")
    ResponseEntity<String> reopen(@PathVariable String code, @PathVariable String date, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<Station> station = desk.station(who, code);
        if (station.isEmpty()) {
            return notFound(who, csrf);
        }
        desk.reopen(who, station.get(), date);
        return Page.seeOther(PATH + code);
    }

    private String page(SignedIn who, Station station, StationCalendar calendar, Form form, boolean saved,
                        @Nullable String date, @Nullable String dateError, CsrfToken csrf) {
        String base = PATH + Html.escape(station.code());
        StringBuilder body = new StringBuilder(saved
                ? "<p class=\"ok\" id=\"saved\">日历已保存：终端下次同步时按新日历提供时段。</p><p>" : "<p>").append(Html.escape(station.name()))
                .append("：终端按此日历提供未来").append(StationCalendar.DAYS_AHEAD).append("天、每段")
                .append(StationCalendar.MINUTES).append("分钟的预约时段（时间为驿站所在时区 ")
                .append(StationCalendar.ZONE.getId()).append("）。</p>")
                .append("<form method=\"post\" action=\"").append(base).append("\" novalidate>").append(Page.csrfField(csrf))
                .append("<fieldset id=\"days\"><legend>开放日</legend>");
        if (form.errors("days").has("days")) {
            body.append("<span class=\"err\" id=\"days-error\">").append(Html.escape(form.errors("days").get("days")))
                    .append("</span>");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            body.append(form.checkbox(WEEKDAYS[day.ordinal()], "day" + day.getValue()));
        }
        String times = "step=\"1800\"";
        body.append("</fieldset><fieldset><legend>上午（不开放则两项都留空）</legend>")
                .append(form.input("开始", "morningStart", "time", times))
                .append(form.input("结束", "morningEnd", "time", times))
                .append("</fieldset><fieldset><legend>下午（不开放则两项都留空）</legend>")
                .append(form.input("开始", "afternoonStart", "time", times))
                .append(form.input("结束", "afternoonEnd", "time", times))
                .append("</fieldset><fieldset><legend>每个时段的名额</legend>")
                .append(form.input("职业指导、创业服务、上门服务、远程视频", "seats", "number", "min=\"1\" max=\"20\""))
                .append(form.input("政策咨询、代办（窗口服务）", "counterSeats", "number", "min=\"1\" max=\"20\""))
                .append("</fieldset><p><button type=\"submit\">保存日历</button></p></form>");
        body.append("<h2>休息日（这些日期没有预约时段）</h2><div class=\"wrap\"><table id=\"closed-dates\"><tr><th>日期</th><th></th></tr>");
        LocalDate today = desk.today();
        calendar.closedDates().stream().filter(d -> !d.isBefore(today)).sorted().forEach(d -> body
                .append("<tr><td>").append(d).append(" ").append(WEEKDAYS[d.getDayOfWeek().ordinal()]).append("</td><td>")
                .append("<form class=\"inline\" method=\"post\" action=\"").append(base).append("/closed/").append(d)
                .append("/delete\">").append(Page.csrfField(csrf)).append("<button type=\"submit\" id=\"reopen-").append(d)
                .append("\">移除</button></form></td></tr>"));
        FormErrors dateErrors = new FormErrors();
        if (dateError != null) {
            dateErrors.add("date", dateError);
        }
        body.append("</table></div><form method=\"post\" action=\"").append(base).append("/closed\" novalidate>")
                .append(Page.csrfField(csrf))
                .append(new Form(Map.of("date", date == null ? "" : date), dateErrors).input("添加休息日", "date", "date",
                        "min=\"" + today + "\" max=\"" + today.plusYears(1) + "\""))
                .append("<button type=\"submit\">添加</button></form>");
        return Page.render("预约日历 " + station.code(), who, csrf, body.toString());
    }

    private static Map<String, String> values(StationCalendar calendar) {
        Map<String, String> values = new HashMap<>();
        for (DayOfWeek day : calendar.openDays()) {
            values.put("day" + day.getValue(), "on");
        }
        values.put("morningStart", time(calendar.morning() == null ? null : calendar.morning().start()));
        values.put("morningEnd", time(calendar.morning() == null ? null : calendar.morning().end()));
        values.put("afternoonStart", time(calendar.afternoon() == null ? null : calendar.afternoon().start()));
        values.put("afternoonEnd", time(calendar.afternoon() == null ? null : calendar.afternoon().end()));
        values.put("seats", String.valueOf(calendar.seats()));
        values.put("counterSeats", String.valueOf(calendar.counterSeats()));
        return values;
    }

    private static String time(@Nullable LocalTime time) {
        return time == null ? "" : time.toString();
    }

    private static ResponseEntity<String> notFound(SignedIn who, CsrfToken csrf) {
        return Page.notFound(Page.render("没有这个驿站", who, csrf,
                "<p>没有这个驿站，或它不在您的辖区。</p><p><a href=\"/console\">返回首页</a></p>"));
    }
}
