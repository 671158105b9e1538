package org.lingong.platform.server.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The inputs an outside black-box test turned into 500s: each now has a 4xx problem or a per-event rejection. */
class NoServerErrorTest extends PlatformHttpTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void terminalHeaderOnANonApiPathIsNoServerError() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> signed = terminal.signer().sign("GET", "/fleet", null);
        Map<String, String> bare = Map.of(SignatureHeaders.TERMINAL, terminal.id());

        for (String path : List.of("/fleet", "/openapi.yaml", "/", "/nothing", "/error")) {
            for (Map<String, String> headers : List.of(signed, bare)) {
                HttpResult answer = client.send("GET", path, null, headers);
                assertThat(answer.status()).as(path + " " + answer).isLessThan(500);
                assertThat(answer.body()).as(path).doesNotContain("at org.").doesNotContain("Exception");
            }
        }
    }

    @Test
    void directCallsOfTheErrorPathAreProblems() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            HttpResult answer = client.send(method, "/error", method.equals("GET") ? null : "{}".getBytes(), Map.of());
            assertProblem(answer, 404);
        }
    }

    @Test
    void errorsRaisedOutsideTheControllersAreProblems() {
        HttpResult trace = client.send("TRACE", "/api/v1/jobs", null, Map.of());

        assertProblem(trace, 405);
        assertThat(trace.reason()).isEqualTo("method-not-allowed");
    }

    @Test
    void firewallRefusalIsAProblem() {
        HttpResult semicolon = client.send("GET", "/api/v1/jobs;since=0", null, Map.of());
        HttpResult encodedPercent = client.send("GET", "/api/v1/%2525jobs", null, Map.of());

        assertProblem(semicolon, 400);
        assertThat(semicolon.reason()).isEqualTo("rejected-request");
        assertProblem(encodedPercent, 400);
    }

    @Test
    void outOfRangeOccurredAtIsRejectedAloneAndTheRestOfTheBatchStands() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        List<Object> events = new ArrayList<>();
        List<String> farAway = List.of("+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z");
        for (String occurredAt : farAway) {
            events.add(event("FEEDBACK", null, Map.of("rating", 3)));
            Map<String, Object> bad = new LinkedHashMap<>(event("FEEDBACK", null, Map.of("rating", 4)));
            bad.put("occurredAt", occurredAt);
            events.add(bad);
        }
        events.add(event("FEEDBACK", null, Map.of("rating", 5)));

        HttpResult answer = client.signed(terminal, "POST", "/api/v1/events:batch", PlatformClient.json(Map.of("events", events)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        for (int i = 0; i < events.size(); i++) {
            assertThat(results.get(i).get("outcome").asString()).as("event " + i + ": " + results.get(i))
                    .isEqualTo(i % 2 == 0 ? "ACCEPTED" : "REJECTED");
        }
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(farAway.size() + 1);
    }

    @Test
    void controlCharactersInTextFieldsAreRefusedClearly() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        for (String bad : List.of("a\u0000b", "\u0000", "a\u0007b", "a\u001bb", "a\u007fb")) {
            Map<String, Object> profile = new LinkedHashMap<>(worker(idNumber("15010219800101301"), "张三", EmploymentStatus.EMPLOYED));
            profile.put("name", "张" + bad);
            Map<String, Object> skills = new LinkedHashMap<>(worker(idNumber("15010219800101302"), "李四", EmploymentStatus.EMPLOYED));
            skills.put("skills", List.of("保洁", bad));
            HttpResult events = client.signed(terminal, "POST", "/api/v1/events:batch", PlatformClient.json(batch(
                    event("FEEDBACK", null, Map.of("rating", 2, "comment", bad)),
                    event("WORKER_REGISTERED", "cc-1", profile),
                    event("WORKER_REGISTERED", "cc-2", skills),
                    event("DEVICE_STATUS", null, Map.of("device", "printer", "state", "ERROR", "detail", bad)))));
            HttpResult heartbeat = client.signed(terminal, "POST", "/api/v1/heartbeats",
                    PlatformClient.json(Map.of("appVersion", "1.0" + bad, "outboxDepth", 0, "oldestOutboxAgeSeconds", 0,
                            "diskFreeBytes", 0, "contentVersion", 0)));
            HttpResult enrollment = client.send("POST", "/api/v1/enrollments", PlatformClient.json(Map.of(
                    "stationCode", HOHHOT.code(), "enrollmentCode", "X" + bad, "publicKey", "k", "appVersion", bad)), Map.of());
            HttpResult stats = client.operator("GET", "/api/v1/operator/stats/daily?from=2026-01-01&to=2026-01-02&station=a%00b", null);
            HttpResult jobs = client.operator("GET", "/api/v1/operator/jobs?region=15%0001", null);
            HttpResult revoke = client.operator("POST", "/api/v1/operator/terminals/T%00X/revoke", null);

            assertThat(events.status()).as(events.toString()).isEqualTo(200);
            assertThat(events.json().get("rejected").asInt()).as(events.toString()).isEqualTo(4);
            assertThat(List.of(heartbeat, enrollment)).allSatisfy(a -> assertProblem(a, 400));
            assertThat(heartbeat.reason()).isEqualTo("control-character");
            assertThat(heartbeat.json().get("detail").asString()).contains("$.appVersion");
            assertThat(events.json().get("results").valueStream().map(r -> r.get("problem").get("reason").asString()))
                    .as(events.toString()).containsOnly("control-character");
            assertThat(List.of(stats, jobs, revoke)).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isLessThan(500));
            assertThat(jobs.status()).as(jobs.toString()).isEqualTo(400);
        }
    }

    @Test
    void profileAtTheContractsMaximaIsStored() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            skills.add(("技能" + (char) ('甲' + i)).repeat(7).substring(0, 20));
        }
        Map<String, Object> profile = new LinkedHashMap<>(worker(idNumber("15010219800101401"), "欧阳".repeat(15),
                EmploymentStatus.UNEMPLOYED));
        profile.put("skills", skills);
        profile.put("availability", "周".repeat(100));
        profile.put("phone", "1".repeat(20));

        HttpResult answer = client.signed(terminal, "POST", "/api/v1/events:batch",
                PlatformClient.json(batch(event("WORKER_REGISTERED", "max-1", profile))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asInt()).as(answer.toString()).isEqualTo(1);
        String stored = jdbc.sql("SELECT skills FROM worker WHERE name_masked LIKE '欧%'").query(String.class).single();
        assertThat(stored.split(",")).containsExactlyElementsOf(skills);
    }

    static void assertProblem(HttpResult answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.reason()).as(answer.toString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("at org.");
    }
}
