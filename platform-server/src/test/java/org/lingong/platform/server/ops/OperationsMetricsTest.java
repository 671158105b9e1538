package org.lingong.platform.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/** The Prometheus scrape over real HTTP: who may read it, and counters that follow real signed traffic. */
class OperationsMetricsTest extends PlatformHttpTest {

    private static final String EVENTS = "lingong_events_ingested_total";
    private static final String REFUSED = "lingong_requests_refused_total";
    private static final String REQUESTS = "http_server_requests_seconds_count";

    @Test
    void scrapeNeedsOperatorCredentials() {
        HttpResult anonymous = client.send("GET", "/actuator/prometheus", null, Map.of());
        HttpResult wrongPassword = new PlatformClient(port, "operator", "wrong").operator("GET", "/actuator/prometheus", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(scrape().named("jvm_memory_used_bytes")).isNotEmpty();
    }

    @Test
    void eventCountersRiseByTypeAndOutcomeAfterASignedBatch() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Object feedback = event("FEEDBACK", null, Map.of("rating", 5));
        Object registration = event("WORKER_REGISTERED", "w-ops-1", worker(idNumber("15010219710203201"), "赵六",
                EmploymentStatus.UNEMPLOYED));
        Object badIdNumber = event("WORKER_REGISTERED", "w-ops-2", worker("150102197102032010", "钱七",
                EmploymentStatus.EMPLOYED));
        Object unknownType = event("NO_SUCH_TYPE", null, Map.of());
        PrometheusScrape before = scrape();

        EventPoster poster = new EventPoster(client);
        poster.post(terminal, feedback, registration, badIdNumber, unknownType);
        poster.post(terminal, feedback);
        PrometheusScrape after = scrape();

        assertRise(before, after, EVENTS, Map.of("type", "FEEDBACK", "outcome", "ACCEPTED", "reason", "none"), 1);
        assertRise(before, after, EVENTS, Map.of("type", "FEEDBACK", "outcome", "DUPLICATE", "reason", "none"), 1);
        assertRise(before, after, EVENTS, Map.of("type", "WORKER_REGISTERED", "outcome", "ACCEPTED"), 1);
        assertRise(before, after, EVENTS,
                Map.of("type", "WORKER_REGISTERED", "outcome", "REJECTED", "reason", "invalid-id-number"), 1);
        assertRise(before, after, EVENTS, Map.of("type", "unknown", "outcome", "REJECTED"), 1);
        assertRise(before, after, EVENTS, Map.of(), 5);
        assertThat(after.text()).doesNotContain("NO_SUCH_TYPE");
        assertRise(before, after, REQUESTS, Map.of("uri", "/api/v1/events:batch", "outcome", "SUCCESS"), 2);
    }

    @Test
    void refusalsAreCountedByReasonFromFiltersAndControllers() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        byte[] heartbeat = PlatformClient.json(Map.of("appVersion", "1.0"));
        long stale = System.currentTimeMillis() - 6 * 60_000;
        Map<String, String> staleHeaders = terminal.signer().sign("POST", "/api/v1/heartbeats", heartbeat, stale,
                terminal.signer().newNonce());
        Map<String, String> badSignature = new HashMap<>(terminal.signer().sign("POST", "/api/v1/heartbeats",
                heartbeat));
        String signature = badSignature.get("X-Lingong-Signature");
        badSignature.put("X-Lingong-Signature", (signature.startsWith("A") ? "B" : "A") + signature.substring(1));
        PrometheusScrape before = scrape();

        List<HttpResult> refused = List.of(
                client.send("POST", "/api/v1/heartbeats", heartbeat, staleHeaders),
                client.send("POST", "/api/v1/heartbeats", heartbeat, badSignature),
                client.send("GET", "/api/v1/operator/terminals", null, Map.of()),
                client.signed(terminal, "POST", "/api/v1/events:batch", PlatformClient.json(batch())));
        PrometheusScrape after = scrape();

        assertThat(refused).extracting(HttpResult::reason)
                .containsExactly("stale-timestamp", "bad-signature", "operator-credentials-required", "invalid-batch");
        assertRise(before, after, REFUSED, Map.of("reason", "stale-timestamp", "status", "401"), 1);
        assertRise(before, after, REFUSED, Map.of("reason", "bad-signature", "status", "401"), 1);
        assertRise(before, after, REFUSED, Map.of("reason", "operator-credentials-required"), 1);
        assertRise(before, after, REFUSED, Map.of("reason", "invalid-batch", "status", "400"), 1);
        assertRise(before, after, REQUESTS, Map.of("uri", "/api/v1/events:batch", "outcome", "CLIENT_ERROR"), 1);
    }

    /** The heartbeat and the delta sync are answered by signing.TerminalFastLane, outside Spring MVC. */
    @Test
    void fastLaneRequestsAreTimedUnderTheirPath() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        byte[] heartbeat = PlatformClient.json(new Heartbeat("1.0", List.of(), 0, 0, 1, 0));
        PrometheusScrape before = scrape();

        HttpResult beat = client.signed(terminal, "POST", "/api/v1/heartbeats", heartbeat);
        HttpResult sync = client.signed(terminal, "GET", "/api/v1/jobs?since=0&limit=5", null);
        HttpResult refused = client.signed(terminal, "GET", "/api/v1/jobs?limit=0", null);
        PrometheusScrape after = scrape();

        assertThat(List.of(beat.status(), sync.status(), refused.status())).containsExactly(200, 200, 400);
        assertRise(before, after, REQUESTS, Map.of("uri", "/api/v1/heartbeats", "method", "POST", "outcome", "SUCCESS",
                "status", "200"), 1);
        assertRise(before, after, REQUESTS, Map.of("uri", "/api/v1/jobs", "method", "GET", "outcome", "SUCCESS"), 1);
        assertRise(before, after, REQUESTS, Map.of("uri", "/api/v1/jobs", "outcome", "CLIENT_ERROR", "status", "400"), 1);
        assertRise(before, after, REFUSED, Map.of("reason", "invalid-parameter", "status", "400"), 1);
    }

    @Test
    void requestsAreCountedByUriTemplateNotByRawPath() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        PrometheusScrape before = scrape();

        HttpResult revoked = client.operator("POST", "/api/v1/operator/terminals/" + terminal.id() + "/revoke", null);
        HttpResult unknown = client.operator("POST", "/api/v1/operator/terminals/" + UUID.randomUUID() + "/revoke", null);
        PrometheusScrape after = scrape();

        assertThat(revoked.status()).isLessThan(300);
        assertThat(unknown.status()).isEqualTo(404);
        String template = "/api/v1/operator/terminals/{id}/revoke";
        assertRise(before, after, REQUESTS, Map.of("uri", template, "method", "POST", "outcome", "SUCCESS"), 1);
        assertRise(before, after, REQUESTS, Map.of("uri", template, "outcome", "CLIENT_ERROR", "status", "404"), 1);
        assertThat(after.text()).doesNotContain(terminal.id());
    }

    private PrometheusScrape scrape() {
        HttpResult result = client.operator("GET", "/actuator/prometheus", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return PrometheusScrape.parse(result.body());
    }

    private static void assertRise(PrometheusScrape before, PrometheusScrape after, String name,
                                   Map<String, String> labels, double rise) {
        assertThat(after.sum(name, labels) - before.sum(name, labels)).as(name + " " + labels).isEqualTo(rise);
    }
}
