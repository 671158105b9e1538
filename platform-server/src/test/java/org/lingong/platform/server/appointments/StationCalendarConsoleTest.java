package org.lingong.platform.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.NewAccount;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.audit.AuditTrail;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's 预约日历 page over real HTTP: the region's operator sees the template, saves the station's own
 * calendar (audited) and reads it back, gets clear errors for a wrong form (nothing saved), adds and removes a closed
 * date; the station's own staff may edit it; another region's operator and another station's staff get a 404.
 */
class StationCalendarConsoleTest extends PlatformHttpTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    StationCalendarRepository calendars;

    private Station station;
    private ConsoleSession baotou;

    @BeforeEach
    void people() {
        station = new Station("NM-150203-X" + ThreadLocalRandom.current().nextInt(10_000, 100_000), "日历页驿站", "1502",
                "150203", "昆区日历路2号");
        stations.save(station);
        ConsolePeople.operator(accounts, "cal-bt", "150200");
        ConsolePeople.operator(accounts, "cal-hh", "150100");
        baotou = new ConsoleSession(port);
        baotou.logIn("cal-bt", ConsolePeople.PASSWORD);
    }

    @Test
    void theRegionsOperatorEditsTheCalendarAndAnotherRegionCannot() {
        String path = "/console/calendars/" + station.code();
        String page = baotou.get(path).body();
        assertThat(page).contains("预约日历 " + station.code(), "id=\"day1\" name=\"day1\" checked",
                "id=\"day6\" name=\"day6\" checked", "value=\"09:00\"", "value=\"17:00\"");
        assertThat(page).doesNotContain("id=\"day7\" name=\"day7\" checked");
        assertThat(baotou.get("/console/stations").body()).contains("href=\"" + path + "\"");

        Map<String, String> form = form(ConsoleSession.csrfToken(page));
        assertThat(baotou.postForm(path, form, Map.of()).location()).isEqualTo(path + "?saved");
        assertThat(calendars.find(station.code())).hasValueSatisfying(c -> {
            assertThat(c.openDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            assertThat(c.morning()).isEqualTo(new StationCalendar.Opening(LocalTime.of(8, 0), LocalTime.of(10, 0)));
            assertThat(c.afternoon()).isNull();
            assertThat(c.seats()).isEqualTo(3);
            assertThat(c.counterSeats()).isEqualTo(5);
        });
        String saved = baotou.get(path + "?saved").body();
        assertThat(saved).contains("id=\"saved\"", "value=\"08:00\"", "value=\"10:00\"", "id=\"seats\" name=\"seats\" value=\"3\"",
                "id=\"counterSeats\" name=\"counterSeats\" value=\"5\"")
                .doesNotContain("id=\"day6\" name=\"day6\" checked");
        assertThat(audit.latest("1502", 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("station-calendar.update");
            assertThat(e.target()).isEqualTo("station:" + station.code());
            assertThat(e.actor()).isEqualTo("cal-bt");
        });

        ConsoleSession hohhot = new ConsoleSession(port);
        hohhot.logIn("cal-hh", ConsolePeople.PASSWORD);
        String hohhotPage = hohhot.get("/console/calendars/" + HOHHOT.code()).body();
        assertThat(hohhot.get(path).status()).isEqualTo(404);
        Map<String, String> foreign = form(ConsoleSession.csrfToken(hohhotPage));
        foreign.put("seats", "9");
        assertThat(hohhot.postForm(path, foreign, Map.of()).status()).isEqualTo(404);
        assertThat(calendars.find(station.code()).orElseThrow().seats()).as("unchanged").isEqualTo(3);
        assertThat(baotou.postForm(path, Map.of("seats", "9"), Map.of()).status()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void aWrongFormIsShownWithChineseErrorsAndNothingIsSaved() {
        String path = "/console/calendars/" + station.code();
        Map<String, String> form = form(ConsoleSession.csrfToken(baotou.get(path).body()));
        form.put("morningEnd", "07:30");
        form.put("afternoonStart", "14:15");
        form.put("afternoonEnd", "17:00");
        form.put("seats", "21");
        form.put("counterSeats", "0");
        ConsoleSession.Response answer = baotou.postForm(path, form, Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("上午的结束时间须晚于开始时间", "下午开始时间须为整点或半点", "每个时段的名额为1到20");
        Map<String, String> noDays = form(ConsoleSession.csrfToken(answer.body()));
        for (int d = 1; d <= 7; d++) {
            noDays.remove("day" + d);
        }
        noDays.put("morningStart", "");
        noDays.put("morningEnd", "");
        assertThat(baotou.postForm(path, noDays, Map.of()).body()).contains("请至少选择一个开放日",
                "请至少填写上午或下午的开放时间");
        assertThat(calendars.find(station.code())).as("nothing saved").isEmpty();
    }

    @Test
    void closedDatesAreAddedWithinAYearAndRemovedAlsoByTheStationsStaff() {
        String path = "/console/calendars/" + station.code();
        String staffName = "cal-staff-" + station.code().substring(station.code().length() - 5);
        accounts.create("test", new NewAccount(staffName, ConsolePeople.PASSWORD, Role.STATION_STAFF, "驿站工作人员", null,
                station.code(), null));
        ConsoleSession staff = new ConsoleSession(port);
        staff.logIn(staffName, ConsolePeople.PASSWORD);
        String page = staff.get(path).body();
        assertThat(page).as("the staff menu links their calendar").contains("href=\"" + path + "\"");
        LocalDate holiday = LocalDate.now(ZONE).plusDays(3);
        if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holiday = holiday.plusDays(1);
        }
        java.time.Instant nineOClock = holiday.atTime(9, 0).atZone(ZONE).toInstant();
        assertThat(calendars.of(station.code()).isSlot(nineOClock)).as("the template's slot").isTrue();

        String token = ConsoleSession.csrfToken(page);
        assertThat(staff.postForm(path + "/closed", Map.of("_csrf", token, "date", holiday.toString()), Map.of())
                .location()).isEqualTo(path);
        assertThat(staff.get(path).body()).contains("id=\"reopen-" + holiday + "\"");
        assertThat(calendars.of(station.code()).closedDates()).containsExactly(holiday);
        assertThat(calendars.of(station.code()).isSlot(nineOClock)).as("a holiday of a template station").isFalse();
        assertThat(staff.postForm(path + "/closed", Map.of("_csrf", token,
                "date", LocalDate.now(ZONE).plusYears(1).plusDays(2).toString()), Map.of()).body())
                .contains("休息日须在今天到一年之内");
        assertThat(staff.postForm(path + "/closed", Map.of("_csrf", token, "date", holiday.toString()), Map.of()).body())
                .contains("该日期已是休息日");
        assertThat(staff.postForm(path + "/closed", Map.of("_csrf", token, "date", "明天"), Map.of()).status())
                .isEqualTo(400);

        assertThat(staff.postForm(path + "/closed/" + holiday + "/delete", Map.of("_csrf", token), Map.of()).status())
                .isEqualTo(303);
        assertThat(calendars.of(station.code()).closedDates()).isEmpty();
        assertThat(audit.latest("1502", 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("station-calendar.reopen");
            assertThat(e.actor()).isEqualTo(staffName);
        });
        assertThat(staff.get("/console/calendars/" + BAOTOU.code()).status()).as("another station").isEqualTo(404);
    }

    private static Map<String, String> form(String token) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", token);
        for (int d = 1; d <= 5; d++) {
            form.put("day" + d, "on");
        }
        form.put("morningStart", "08:00");
        form.put("morningEnd", "10:00");
        form.put("afternoonStart", "");
        form.put("afternoonEnd", "");
        form.put("seats", "3");
        form.put("counterSeats", "5");
        return form;
    }
}
