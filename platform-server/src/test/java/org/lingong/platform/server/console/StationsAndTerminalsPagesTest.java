package org.lingong.platform.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;

/** Stations and terminals pages over real HTTP: CRUD, enrollment codes, filters, alerts, revoke, region isolation. */
class StationsAndTerminalsPagesTest extends PlatformHttpTest {

    private static final Pattern CODE = Pattern.compile("id=\"enrollment-code\">([A-Z0-9-]+)<");

    @Autowired
    AccountService accounts;

    private ConsoleSession baotou;
    private ConsoleSession hohhot;

    @BeforeEach
    void operators() {
        ConsolePeople.operator(accounts, "st-baotou", "150200");
        ConsolePeople.operator(accounts, "st-hohhot", "150100");
        baotou = new ConsoleSession(port);
        baotou.logIn("st-baotou", ConsolePeople.PASSWORD);
        hohhot = new ConsoleSession(port);
        hohhot.logIn("st-hohhot", ConsolePeople.PASSWORD);
    }

    @Test
    void aStationIsCreatedWithItsDistrictGetsAnEnrollmentCodeAndItsTerminalIsListedWithAlerts() {
        ConsoleSession.Response bad = post(baotou, "/console/stations/new", "/console/stations",
                Map.of("code", "nm 1", "name", "", "districtCode", "150102", "address", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"code-error\"").contains("id=\"name-error\"")
                .contains("id=\"districtCode-error\"").contains("id=\"address-error\"");

        assertThat(post(baotou, "/console/stations/new", "/console/stations",
                Map.of("code", "NM-150203-P01", "name", "昆区页面测试驿站", "districtCode", "150203", "address", "钢铁大街1号"))
                .status()).isEqualTo(303);
        assertThat(baotou.get("/console/stations").body()).contains("昆区页面测试驿站").contains("昆都仑区");
        assertThat(hohhot.get("/console/stations").body()).doesNotContain("昆区页面测试驿站");
        assertThat(hohhot.get("/console/stations/NM-150203-P01").status()).isEqualTo(404);

        ConsoleSession.Response issued = post(baotou, "/console/stations/NM-150203-P01", "/console/stations/NM-150203-P01/codes",
                Map.of("validHours", "2"));
        Matcher code = CODE.matcher(issued.body());
        assertThat(code.find()).as(issued.body()).isTrue();
        TestTerminal terminal = client.enrollWith("NM-150203-P01", code.group(1));

        assertThat(baotou.get("/fleet").body()).contains(terminal.id());
        assertThat(hohhot.get("/fleet").body()).doesNotContain(terminal.id());
        String list = baotou.get("/console/terminals?state=ALERT").body();
        assertThat(list).contains(terminal.id()).contains("从未上线");
        assertThat(baotou.get("/console/terminals?region=150100").status()).isEqualTo(400);
        assertThat(baotou.get("/console/terminals?region=150203&state=REVOKED").body()).doesNotContain(terminal.id());
        assertThat(baotou.get("/console/terminals?state=bogus").status()).isEqualTo(400);
        ConsoleSession.Response filtered = baotou.get("/console/terminals?region=&state=REVOKED");
        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
        assertThat(filtered.body()).contains("id=\"terminals\"");
        assertThat(hohhot.get("/console/terminals").body()).doesNotContain(terminal.id());
        assertThat(hohhot.get("/console/terminals/" + terminal.id()).status()).isEqualTo(404);
        String hohhotPage = hohhot.get("/console/terminals").body();
        assertThat(hohhot.postForm("/console/terminals/" + terminal.id() + "/revoke",
                Map.of("_csrf", ConsoleSession.csrfToken(hohhotPage)), Map.of()).status()).isEqualTo(404);

        String detail = baotou.get("/console/terminals/" + terminal.id()).body();
        assertThat(detail).contains("昆区页面测试驿站").contains("停用此终端");
        assertThat(baotou.postForm("/console/terminals/" + terminal.id() + "/revoke",
                Map.of("_csrf", ConsoleSession.csrfToken(detail)), Map.of()).status()).isEqualTo(303);
        assertThat(baotou.get("/console/terminals?state=REVOKED").body()).contains(terminal.id());

        ConsoleSession.Response refused = post(baotou, "/console/stations/NM-150203-P01", "/console/stations/NM-150203-P01/delete", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("不能删除");
        assertThat(baotou.get("/console/audit").body()).contains("station.create").contains("enrollment.code")
                .contains("terminal.revoke");
    }

    @Test
    void anEmptyStationIsEditedAndDeleted() {
        post(baotou, "/console/stations/new", "/console/stations",
                Map.of("code", "NM-150203-P02", "name", "临时驿站", "districtCode", "150203", "address", "临时路"));
        ConsoleSession.Response wrongRegion = post(baotou, "/console/stations/NM-150203-P02", "/console/stations/NM-150203-P02",
                Map.of("name", "临时驿站", "districtCode", "150102", "address", "临时路"));
        assertThat(wrongRegion.status()).isEqualTo(400);
        assertThat(wrongRegion.body()).contains("不在您的辖区");
        assertThat(post(baotou, "/console/stations/NM-150203-P02", "/console/stations/NM-150203-P02",
                Map.of("name", "临时驿站（改）", "districtCode", "150204", "address", "青山路")).status()).isEqualTo(303);
        assertThat(baotou.get("/console/stations").body()).contains("临时驿站（改）").contains("青山区");

        assertThat(post(baotou, "/console/stations/NM-150203-P02", "/console/stations/NM-150203-P02/delete", Map.of())
                .status()).isEqualTo(303);
        assertThat(baotou.get("/console/stations").body()).doesNotContain("临时驿站");
    }

    @Test
    void anOperatorCreatesStaffOnlyInsideTheRegion() {
        ConsoleSession.Response outside = post(baotou, "/console/accounts", "/console/accounts", Map.of("role", "OPERATOR",
                "scope", "150102", "username", "outsider", "displayName", "外人", "password", "long-enough-pw-1"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("id=\"scope-error\"").doesNotContain("long-enough-pw-1");

        assertThat(post(baotou, "/console/accounts", "/console/accounts", Map.of("role", "OPERATOR",
                "scope", "150203", "username", "kunqu-op", "displayName", "昆区经办", "password", "long-enough-pw-1"))
                .status()).isEqualTo(303);
        ConsoleSession kunqu = new ConsoleSession(port);
        assertThat(kunqu.logIn("kunqu-op", "long-enough-pw-1").location()).endsWith("/fleet");
        assertThat(kunqu.get("/console/stations").body()).doesNotContain("青山区");
    }

    private static ConsoleSession.Response post(ConsoleSession session, String formPage, String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", ConsoleSession.csrfToken(session.get(formPage).body()));
        return session.postForm(action, form, Map.of());
    }
}
