package org.lingong.platform.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/** Every kind of bad request gets a 4xx problem+json with its own reason. */
class BadInputTest extends PlatformHttpTest {

    @Test
    void impossibleDateInAQueryIsAnInvalidDate() {
        HttpResult answer = client.operator("GET", "/api/v1/operator/stats/daily?from=2026-02-30&to=2026-03-01", null);

        assertProblem(answer, 400, "invalid-date");
    }

    @Test
    void wrongShapesAndMediaTypesAreRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        HttpResult array = client.signed(terminal, "POST", "/api/v1/heartbeats", "[1,2]".getBytes());
        HttpResult text = client.send("POST", "/api/v1/enrollments", "hello".getBytes(), Map.of("Content-Type", "text/plain"));
        HttpResult empty = client.send("POST", "/api/v1/enrollments", new byte[0], Map.of("Content-Type", "application/json"));
        HttpResult method = client.operator("DELETE", "/api/v1/operator/terminals", null);
        HttpResult missing = client.operator("GET", "/api/v1/operator/nothing-here", null);

        assertProblem(array, 400, "invalid-value");
        assertProblem(text, 415, "unsupported-media-type");
        assertProblem(empty, 400, "missing-body");
        assertProblem(method, 405, "method-not-allowed");
        assertProblem(missing, 404, "not-found");
    }

    @Test
    void oversizedEnrollmentIsRefusedBeforeParsing() {
        HttpResult answer = client.send("POST", "/api/v1/enrollments", new byte[100_000],
                Map.of("Content-Type", "application/json"));

        assertProblem(answer, 413, "body-too-large");
    }

    @Test
    void wrongOperatorPasswordIsAProblemWithAChallenge() {
        PlatformClient intruder = new PlatformClient(port, "operator", "guess");

        HttpResult answer = intruder.operator("GET", "/api/v1/operator/terminals", null);

        assertProblem(answer, 401, "operator-credentials-required");
    }

    private static void assertProblem(HttpResult answer, int status, String reason) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.reason()).isEqualTo(reason);
        assertThat(List.of("type", "title", "status", "detail")).allMatch(field -> answer.json().has(field));
    }
}
