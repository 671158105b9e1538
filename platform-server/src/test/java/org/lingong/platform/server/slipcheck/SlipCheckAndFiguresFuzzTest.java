package org.lingong.platform.server.slipcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.HostileInput;
import org.lingong.platform.server.testing.IssuedSlips;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/**
 * Seeded hostile values in every path and parameter of the slip check pages and the figures, from a signed-in session
 * (so they get past the login into the code): no answer is a 5xx or shows a stack trace, and no value comes back
 * unescaped.
 */
class SlipCheckAndFiguresFuzzTest extends PlatformHttpTest {

    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("fuzz.seeds", 12));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noValueReachesAServerError(long seed) {
        HostileInput hostile = new HostileInput(seed);
        IssuedSlips slips = new IssuedSlips(client, new EventPoster.IdNumbers("150102", 1980));
        TestTerminal terminal = client.enroll(HOHHOT.code());
        String token = slips.issue(terminal, slips.job("模糊测试岗位", "150102"), "沈小九", EmploymentStatus.EMPLOYED,
                Instant.now().minusSeconds(30), Instant.now().plus(Duration.ofDays(1)));
        ConsoleSession session = new ConsoleSession(port);
        session.logIn("operator", "test-operator");
        String csrf = ConsoleSession.csrfToken(session.get("/v/" + token).body());
        List<String> failures = new ArrayList<>();

        List<String> gets = List.of("/v/" + hostile.urlValue(), "/v/" + token + "?r=" + hostile.urlValue(),
                "/v/" + hostile.urlValue() + "/login", "/console/stats?region=" + hostile.urlValue(),
                "/console/stats?station=" + hostile.urlValue() + "&month=" + hostile.urlValue(),
                "/console/stats?month=" + hostile.urlValue(), "/console/stats/export.xlsx?region=" + hostile.urlValue()
                        + "&month=" + hostile.urlValue(), "/console/stats/report.pdf?region=" + hostile.urlValue()
                        + "&month=" + hostile.urlValue(), "/console/stats/export.xlsx?station=" + hostile.urlValue());
        for (String path : gets) {
            judge("GET " + path, session.get(path), failures);
        }
        for (String path : List.of("/v/" + hostile.urlValue() + "/check-in", "/v/" + token + "/" + hostile.urlValue(),
                "/v/" + hostile.urlValue() + "/hired")) {
            judge("POST " + path, session.postForm(path, Map.of("_csrf", csrf, "x", hostile.text(20)), Map.of()), failures);
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private static void judge(String request, ConsoleSession.Response answer, List<String> failures) {
        String body = answer.body() == null ? "" : answer.body();
        if (answer.status() >= 500) {
            failures.add(request + " -> server error " + answer.status());
        } else if (body.contains("Exception") || body.contains("\tat ")) {
            failures.add(request + " -> stack trace");
        } else if (body.contains("<script") || body.contains("onerror=")) {
            failures.add(request + " -> unescaped markup");
        }
    }
}
