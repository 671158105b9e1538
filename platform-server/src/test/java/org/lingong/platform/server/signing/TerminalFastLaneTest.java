package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.problem.ProblemResponses;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast lane answers the heartbeat and the delta sync exactly as the full stack (Spring Security and Spring MVC)
 * does: the same answers, headers, refusals and nonces. An {@code Accept} header the lane does not take sends the same
 * request through the full stack, so both are compared over real HTTP.
 */
class TerminalFastLaneTest extends PlatformHttpTest {

    /** Not taken by the lane (it takes none, {@code *}{@code /*} or {@code application/json} only). */
    private static final String FULL_STACK_ACCEPT = "application/json, */*;q=0.5";
    private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-XSS-Protection",
            "Cache-Control", "Pragma", "Expires", "X-Frame-Options", "Content-Type");
    private static final byte[] HEARTBEAT = PlatformClient.json(new Heartbeat("2.0.0",
            List.of(new DeviceReport("printer", DeviceState.ONLINE, null)), 1, 2, 3_000_000_000L, 0));

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    FilterRegistrationBean<TerminalFastLane> lane;
    @Autowired
    SignatureCheck check;
    @Autowired
    ProblemResponses problems;

    @Test
    void heartbeatIsAnsweredAlikeOnBothLanes() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        HttpResponse<String> fast = send(terminal, "POST", "/api/v1/heartbeats", HEARTBEAT, "application/json");
        HttpResponse<String> full = send(terminal, "POST", "/api/v1/heartbeats", HEARTBEAT, FULL_STACK_ACCEPT);

        assertAlike(fast, full, "serverTime");
        assertThat(json(fast).get("jobsCursor").asString()).isNotEmpty();
    }

    /** As the kiosk sends it: the remote configuration it applied (no refusal) reported too. */
    @Test
    void heartbeatWithARemoteReportIsAnsweredAlikeOnBothLanes() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        byte[] kiosk = ("{\"appVersion\":\"1.0.0\",\"devices\":[{\"device\":\"printer\",\"state\":\"ONLINE\"}],"
                + "\"outboxDepth\":0,\"oldestOutboxAgeSeconds\":0,\"diskFreeBytes\":10000000000,\"contentVersion\":0,"
                + "\"parkedEvents\":0,\"parked\":[],\"remote\":{\"configVersion\":0,\"results\":[]}}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> fast = send(terminal, "POST", "/api/v1/heartbeats", kiosk, null);
        HttpResponse<String> full = send(terminal, "POST", "/api/v1/heartbeats", kiosk, FULL_STACK_ACCEPT);

        assertThat(fast.statusCode()).as(fast.body()).isEqualTo(200);
        assertAlike(fast, full, "serverTime");
    }

    @Test
    void deltaSyncIsAnsweredAlikeOnBothLanes() {
        TestTerminal terminal = client.enroll(BAOTOU.code());

        HttpResponse<String> fast = send(terminal, "GET", "/api/v1/jobs?since=0&limit=5", null, null);
        HttpResponse<String> full = send(terminal, "GET", "/api/v1/jobs?since=0&limit=5", null, FULL_STACK_ACCEPT);

        assertAlike(fast, full);
        assertThat(json(fast).has("changes") || json(fast).size() > 0).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/heartbeats              | {"appVersion":                                  | 400 | malformed-json
            POST | /api/v1/heartbeats              |                                                 | 400 | missing-body
            POST | /api/v1/heartbeats              | null                                            | 400 | missing-body
            POST | /api/v1/heartbeats              | {"appVersion":"1","devices":[{"device":"p","state":"ON_FIRE"}]} | 400 | unknown-enum-value
            POST | /api/v1/heartbeats              | {"appVersion":"","outboxDepth":0}               | 400 | invalid-value
            POST | /api/v1/heartbeats              | {"appVersion":"1","outboxDepth":"many"}         | 400 | invalid-value
            GET  | /api/v1/jobs?limit=0            |                                                 | 400 | invalid-parameter
            GET  | /api/v1/jobs?since=abc&limit=5  |                                                 | 400 | invalid-cursor
            GET  | /api/v1/jobs?since=&limit=      |                                                 | 200 |
            """)
    void refusalsAreAlikeOnBothLanes(String method, String path, String body, int status, String reason) {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        byte[] bytes = "POST".equals(method) ? (body == null ? "" : body).getBytes(StandardCharsets.UTF_8) : null;

        HttpResponse<String> fast = send(terminal, method, path, bytes, null);
        HttpResponse<String> full = send(terminal, method, path, bytes, FULL_STACK_ACCEPT);

        assertThat(fast.statusCode()).as(fast.body()).isEqualTo(status);
        assertAlike(fast, full, "serverTime");
        if (reason != null) {
            assertThat(json(fast).get("reason").asString()).isEqualTo(reason);
        }
    }

    @Test
    void aNonceSpentOnTheFastLaneIsRefusedOnBothLanes() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> signed = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT);

        HttpResponse<String> first = send(signed, "POST", "/api/v1/heartbeats", HEARTBEAT, null);
        HttpResponse<String> againFast = send(signed, "POST", "/api/v1/heartbeats", HEARTBEAT, null);
        HttpResponse<String> againFull = send(signed, "POST", "/api/v1/heartbeats", HEARTBEAT, FULL_STACK_ACCEPT);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(againFast.statusCode()).isEqualTo(401);
        assertThat(json(againFast).get("reason").asString()).isEqualTo("replayed-nonce");
        assertAlike(againFast, againFull);
    }

    @Test
    void thePlainRequestIsAnsweredByTheLaneItselfAndABrowsersIsPassedOn() throws Exception {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        MockFilterChain answeredChain = new MockFilterChain();
        MockHttpServletResponse answered = new MockHttpServletResponse();
        MockFilterChain browserChain = new MockFilterChain();
        MockHttpServletResponse browser = new MockHttpServletResponse();

        lane.getFilter().doFilter(heartbeatRequest(terminal, Map.of()), answered, answeredChain);
        lane.getFilter().doFilter(heartbeatRequest(terminal, Map.of("Origin", "https://elsewhere.example")), browser,
                browserChain);

        assertThat(answeredChain.getRequest()).as("the full stack was not asked").isNull();
        assertThat(answered.getStatus()).isEqualTo(200);
        assertThat(answered.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(browserChain.getRequest()).as("passed on to the full stack").isNotNull();
        assertThat(browser.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anEndpointThatDoesNotSpendTheNonceAnswersNothing() throws Exception {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        SignedEndpoint careless = new SignedEndpoint() {
            @Override
            public String method() {
                return "POST";
            }

            @Override
            public String path() {
                return "/api/v1/heartbeats";
            }

            @Override
            public boolean takes(jakarta.servlet.http.HttpServletRequest request) {
                return true;
            }

            @Override
            public byte[] answer(NonceClaim claim, jakarta.servlet.http.HttpServletRequest request, byte[] body) {
                return "{\"secret\":true}".getBytes(StandardCharsets.UTF_8);
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        new TerminalFastLane(List.of(careless), check, problems).doFilter(heartbeatRequest(terminal, Map.of()), response,
                new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).doesNotContain("secret");
    }

    private static CachedBodyRequest heartbeatRequest(TestTerminal terminal, Map<String, String> extra) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/heartbeats");
        request.setContentType("application/json");
        request.setContent(HEARTBEAT);
        terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT).forEach(request::addHeader);
        extra.forEach(request::addHeader);
        return new CachedBodyRequest(request, HEARTBEAT);
    }

    private static void assertAlike(HttpResponse<String> fast, HttpResponse<String> full, String... varying) {
        assertThat(fast.statusCode()).as(fast.body()).isEqualTo(full.statusCode());
        for (String header : SECURITY_HEADERS) {
            assertThat(fast.headers().allValues(header)).as(header).isEqualTo(full.headers().allValues(header));
        }
        JsonNode fastJson = json(fast);
        JsonNode fullJson = json(full);
        for (String field : varying) {
            if (fastJson instanceof ObjectNode a && fullJson instanceof ObjectNode b) {
                assertThat(a.has(field)).isEqualTo(b.has(field));
                a.remove(field);
                b.remove(field);
            }
        }
        assertThat(fastJson).isEqualTo(fullJson);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return PlatformClient.JSON.readTree(response.body());
    }

    private HttpResponse<String> send(TestTerminal terminal, String method, String path, byte[] body, String accept) {
        return send(terminal.signer().sign(method, path, body), method, path, body, accept);
    }

    private HttpResponse<String> send(Map<String, String> signed, String method, String path, byte[] body,
                                      String accept) {
        Map<String, String> headers = new HashMap<>(signed);
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
