package org.lingong.platform.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HostileInput;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every console and employer form filled with hostile values (seeded {@link HostileInput}): the answer is the form
 * again with messages (4xx) or a redirect, never a server error or a stack trace.
 */
class ConsoleFormsFuzzTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;

    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("fuzz.seeds", 8));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noFormValueReachesAServerError(long seed) {
        HostileInput hostile = new HostileInput(seed);
        ConsolePeople.operator(accounts, "fuzz-op", "150000");
        ConsoleSession operator = new ConsoleSession(port);
        operator.logIn("fuzz-op", ConsolePeople.PASSWORD);
        ConsoleSession anonymous = new ConsoleSession(port);
        List<String> failures = new ArrayList<>();

        check(failures, anonymous, "/employer/register", "/employer/register", hostile, "companyName", "creditCode",
                "contactName", "phone", "username", "password", "password2");
        check(failures, operator, "/console/stations/new", "/console/stations", hostile, "code", "name", "districtCode", "address");
        check(failures, operator, "/console/stations/" + BAOTOU.code(), "/console/stations/" + BAOTOU.code(), hostile,
                "name", "districtCode", "address");
        check(failures, operator, "/console/stations/" + BAOTOU.code(), "/console/stations/" + BAOTOU.code() + "/codes",
                hostile, "validHours");
        check(failures, operator, "/console/accounts", "/console/accounts", hostile, "role", "scope", "username",
                "displayName", "password");
        check(failures, operator, "/console/jobs", "/console/jobs/" + hostile.urlValue() + "/reject", hostile, "reason");
        for (String section : new String[] {"courses", "fairs", "live", "services", "announcements"}) {
            check(failures, operator, "/console/content/" + section + "/new", "/console/content/" + section, hostile,
                    "region", "title", "organizer", "location", "startDate", "endDate", "startsAt", "endsAt", "streamUrl",
                    "sortOrder", "subsidised", "detail");
            check(failures, operator, "/console/content/" + section, "/console/content/" + section + "/"
                    + hostile.urlValue(), hostile, "title", "streamUrl");
        }
        check(failures, operator, "/console/content/contact-policy", "/console/content/contact-policy", hostile,
                "policy.1502", "policy.1501");
        String calendar = "/console/calendars/" + BAOTOU.code();
        check(failures, operator, calendar, calendar, hostile, "day1", "day7", "morningStart", "morningEnd",
                "afternoonStart", "afternoonEnd", "seats", "counterSeats");
        check(failures, operator, calendar, calendar + "/closed", hostile, "date");
        check(failures, operator, calendar, calendar + "/closed/" + hostile.urlValue() + "/delete", hostile, "date");
        // its own account per seed: each wrong current password counts towards that account's lockout
        ConsolePeople.operator(accounts, "fuzz-pw-" + seed, "150000");
        ConsoleSession changing = new ConsoleSession(port);
        changing.logIn("fuzz-pw-" + seed, ConsolePeople.PASSWORD);
        check(failures, changing, "/account/password", "/account/password", hostile, "current", "password", "password2");
        for (String path : new String[] {"/console/terminals?region=" + hostile.urlValue() + "&state=" + hostile.urlValue(),
            "/console/terminals/" + hostile.urlValue(), "/console/stations/" + hostile.urlValue(),
            "/console/jobs/" + hostile.urlValue(), "/login?error=" + hostile.urlValue(),
            "/console/content/" + hostile.urlValue(), "/console/content/live/" + hostile.urlValue(),
            "/console/calendars/" + hostile.urlValue()}) {
            ConsoleSession.Response answer = operator.get(path);
            if (answer.status() >= 500 || answer.body().contains("Exception")) {
                failures.add("GET " + path + " -> " + answer.status());
            }
        }

        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private static void check(List<String> failures, ConsoleSession session, String formPage, String action,
                              HostileInput hostile, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : fields) {
            form.put(field, hostile.text(60));
        }
        form.put("_csrf", ConsoleSession.csrfToken(session.get(formPage).body()));
        ConsoleSession.Response answer = session.postForm(action, form, Map.of());
        if (answer.status() >= 500 || answer.body().contains("Exception")) {
            failures.add("POST " + action + " " + form.keySet() + " -> " + answer.status() + " " + answer.body());
        }
    }
}
