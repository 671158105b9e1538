package org.lingong.platform.server.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HostileInput;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/**
 * Seeded fuzzing of every endpoint: each seed sends every endpoint a valid body damaged by {@link HostileInput}
 * (and hostile query and path values), signed or with operator credentials as the endpoint wants, so the input
 * gets past authentication into the code behind it. No answer may be a 5xx or show a stack trace; an API refusal
 * is problem+json; a batch answers event by event. A failing seed is reported with the request that failed.
 */
class EveryEndpointFuzzTest extends PlatformHttpTest {

    /** Seeds 0..n-1; n is 24 unless {@code -Dfuzz.seeds=n} asks for a longer (or shorter) run. */
    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("fuzz.seeds", 24));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noInputReachesAServerError(long seed) {
        HostileInput hostile = new HostileInput(seed);
        TestTerminal terminal = client.enroll(HOHHOT.code());
        long jobId = createJob();
        List<String> failures = new ArrayList<>();

        for (Probe probe : probes(hostile, terminal, jobId)) {
            HttpResult answer = probe.send(client, terminal);
            String failure = judge(probe, answer);
            if (failure != null) {
                failures.add(probe + " -> " + failure + ": " + answer);
            }
        }

        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private List<Probe> probes(HostileInput hostile, TestTerminal terminal, long jobId) {
        String today = LocalDate.now().toString();
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.anonymous("POST", "/api/v1/enrollments", hostile.body(
                new EnrollmentRequest(HOHHOT.code(), "NONE-0000", "AAAA", "1.0"))));
        probes.add(Probe.signed("POST", "/api/v1/heartbeats", hostile.body(new Heartbeat("1.2.3",
                List.of(new DeviceReport("printer", DeviceState.PAPER_LOW, "low")), 3, 120, 5_000_000L, 0))));
        probes.add(Probe.signed("POST", "/api/v1/events:batch", hostile.body(batch(hostile, terminal, jobId))));
        probes.add(Probe.signed("POST", "/api/v1/events/batch", hostile.body(batch(hostile, terminal, jobId))));
        probes.add(Probe.signed("GET", "/api/v1/jobs?since=" + hostile.urlValue() + "&limit=" + hostile.urlValue(), null));
        probes.add(Probe.signed("GET", "/api/v1/content?x=" + hostile.urlValue(), null));
        probes.add(Probe.signed("GET", "/api/v1/appointments?x=" + hostile.urlValue(), null));
        probes.add(Probe.signed("GET", "/api/v1/stats/daily?from=" + hostile.urlValue() + "&to=" + today, null));
        probes.add(Probe.signed("POST", "/api/v1/referrals/verify", hostile.body(Map.of("token", token(hostile, terminal, jobId)))));
        probes.add(Probe.operator("POST", "/api/v1/referrals/verify", hostile.body(Map.of("token", token(hostile, terminal, jobId)))));
        probes.add(Probe.operator("POST", "/api/v1/operator/enrollment-codes",
                hostile.body(Map.of("stationCode", HOHHOT.code(), "validHours", 24))));
        probes.add(Probe.operator("GET", "/api/v1/operator/terminals", null));
        probes.add(Probe.operator("POST", "/api/v1/operator/terminals/" + hostile.urlValue() + "/revoke", null));
        probes.add(Probe.operator("POST", "/api/v1/operator/jobs", hostile.body(Fixtures.job("保洁员", "150102"))));
        probes.add(Probe.operator("PUT", "/api/v1/operator/jobs/" + jobId, hostile.body(Fixtures.job("保洁员", "150102"))));
        probes.add(Probe.operator("GET", "/api/v1/operator/jobs?region=" + hostile.urlValue(), null));
        probes.add(Probe.operator("GET", "/api/v1/operator/jobs/" + hostile.urlValue(), null));
        probes.add(Probe.operator("DELETE", "/api/v1/operator/jobs/" + hostile.urlValue(), null));
        probes.add(Probe.operator("GET", "/api/v1/operator/referrals?day=" + hostile.urlValue(), null));
        probes.add(Probe.operator("POST", "/api/v1/operator/referrals/" + hostile.uuid() + "/check-in",
                hostile.body(Map.of("recordedBy", "用工单位王经理"))));
        probes.add(Probe.operator("POST", "/api/v1/operator/referrals/" + hostile.urlValue() + "/outcome",
                hostile.body(Map.of("outcome", "HIRED", "recordedBy", "驿站", "note", "好"))));
        probes.add(Probe.operator("GET", "/api/v1/operator/stats/daily?from=" + today + "&to=" + hostile.urlValue()
                + "&station=" + hostile.urlValue(), null));
        probes.add(Probe.operator("GET", "/api/v1/operator/postings", null));
        probes.add(Probe.operator("GET", "/api/v1/operator/postings/" + hostile.urlValue(), null));
        probes.add(Probe.operator("POST", "/api/v1/operator/postings/" + hostile.urlValue() + "/approve", null));
        probes.add(Probe.operator("POST", "/api/v1/operator/postings/" + hostile.urlValue() + "/reject",
                hostile.body(Map.of("reason", "工资低于最低标准"))));
        Map<String, Object> live = Map.of("region", "1501", "title", "直播带岗", "organizer", "驿站", "location", "抖音",
                "startsAt", today + "T19:30", "endsAt", today + "T21:00", "streamUrl", "https://live.example.cn/1");
        probes.add(Probe.operator("POST", "/api/v1/operator/content/live", hostile.body(live)));
        probes.add(Probe.operator("PUT", "/api/v1/operator/content/" + hostile.urlValue() + "/" + hostile.urlValue(),
                hostile.body(live)));
        probes.add(Probe.operator("GET", "/api/v1/operator/content/" + hostile.urlValue(), null));
        probes.add(Probe.operator("DELETE", "/api/v1/operator/content/live/" + hostile.urlValue(), null));
        probes.add(Probe.operator("PUT", "/api/v1/operator/regions/" + hostile.urlValue() + "/contact-policy",
                hostile.body(Map.of("contactPolicy", "GATED"))));
        probes.add(Probe.operator("GET", "/fleet?x=" + hostile.urlValue(), null));
        probes.add(Probe.signed("GET", "/fleet", null));
        probes.add(Probe.signed("POST", "/openapi.yaml", hostile.body(Map.of("a", 1))));
        probes.add(Probe.anonymous("GET", "/error?x=" + hostile.urlValue(), null));
        probes.add(Probe.anonymous("POST", "/error", hostile.body(Map.of("a", 1))));
        probes.add(Probe.withTerminalHeader("GET", "/" + hostile.urlValue(), hostile.text(32)));
        return probes;
    }

    /** One event of every type, all valid and about one worker, before damage. */
    private static Map<String, Object> batch(HostileInput hostile, TestTerminal terminal, long jobId) {
        String ref = "fz-" + hostile.uuid();
        String id17 = "1501021980" + String.format("%07d", Math.floorMod(hostile.uuid().getLeastSignificantBits(), 10_000_000L));
        UUID referral = hostile.uuid();
        Map<String, Object> update = new LinkedHashMap<>(worker(idNumber(id17), "孙悟空", EmploymentStatus.EMPLOYED));
        update.put("availability", "周末");
        return Map.of("events", List.of(
                event(hostile.uuid(), "WORKER_REGISTERED", ref, worker(idNumber(id17), "孙悟空", EmploymentStatus.UNEMPLOYED)),
                event(hostile.uuid(), "WORKER_UPDATED", ref, update),
                event(hostile.uuid(), "REFERRAL_ISSUED", ref, Map.of("token", tokenFor(referral, terminal, jobId))),
                event(hostile.uuid(), "REFERRAL_OUTCOME", null, Map.of("referralId", referral.toString(),
                        "outcome", "CHECKED_IN", "note", "已到岗")),
                event(hostile.uuid(), "SIGN_UP", ref, Map.of("target", "JOB_FAIR", "itemId", 3)),
                event(hostile.uuid(), "FEEDBACK", null, Map.of("rating", 4, "comment", "很方便")),
                event(hostile.uuid(), "VISIT_COUNT", null, Map.of("day", LocalDate.now().toString(), "visits", 12)),
                event(hostile.uuid(), "DEVICE_STATUS", null, Map.of("device", "printer", "state", "PAPER_OUT",
                        "detail", "缺纸")),
                event(hostile.uuid(), "APPOINTMENT_BOOKED", ref, Map.of("code", appointmentCode(hostile),
                        "service", "POLICY_ADVICE", "startsAt", nextMondayNine().toString(), "phone", "13900001111")),
                event(hostile.uuid(), "APPOINTMENT_CANCELLED", null, Map.of("code", appointmentCode(hostile)))));
    }

    /** A code of the appointment alphabet drawn from the hostile input's random source. */
    private static String appointmentCode(HostileInput hostile) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        long bits = hostile.uuid().getMostSignificantBits();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt((int) Math.floorMod(bits >> (5 * i), 32L)));
        }
        return code.toString();
    }

    private static Instant nextMondayNine() {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        return LocalDate.now(zone).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .atTime(9, 0).atZone(zone).toInstant();
    }

    private static String token(HostileInput hostile, TestTerminal terminal, long jobId) {
        return tokenFor(hostile.uuid(), terminal, jobId);
    }

    private static String tokenFor(UUID referral, TestTerminal terminal, long jobId) {
        Instant now = Instant.now();
        return ReferralTokenCodec.encode(new ReferralToken(referral, terminal.id(), jobId, now,
                now.plus(Duration.ofDays(1))), terminal.keys().getPrivate());
    }

    private long createJob() {
        HttpResult created = client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("搬运工", "150102")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Null if the answer is acceptable, else what is wrong with it. */
    private static String judge(Probe probe, HttpResult answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        String body = answer.body() == null ? "" : answer.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")) {
            return "stack trace in the answer";
        }
        boolean fromSpring = answer.contentType() == null || !answer.contentType().startsWith("text/html");
        if (answer.status() >= 400 && probe.path().startsWith("/api/") && fromSpring && !answer.isProblem()) {
            return "refusal that is not problem+json";
        }
        if (answer.status() == 200 && probe.path().startsWith("/api/v1/events")) {
            return answer.json().get("results").valueStream().allMatch(r -> r.has("outcome")) ? null
                    : "batch without a result per event";
        }
        return null;
    }

    private enum Caller { ANONYMOUS, SIGNED, OPERATOR, TERMINAL_HEADER }

    private record Probe(Caller caller, String method, String path, byte[] body, String header) {

        static Probe anonymous(String method, String path, byte[] body) {
            return new Probe(Caller.ANONYMOUS, method, path, body, null);
        }

        static Probe signed(String method, String path, byte[] body) {
            return new Probe(Caller.SIGNED, method, path, body, null);
        }

        static Probe operator(String method, String path, byte[] body) {
            return new Probe(Caller.OPERATOR, method, path, body, null);
        }

        static Probe withTerminalHeader(String method, String path, String terminalId) {
            return new Probe(Caller.TERMINAL_HEADER, method, path, null, terminalId);
        }

        HttpResult send(PlatformClient client, TestTerminal terminal) {
            return switch (caller) {
                case ANONYMOUS -> client.send(method, path, body, Map.of());
                case SIGNED -> client.signed(terminal, method, path, body);
                case OPERATOR -> client.operator(method, path, body);
                case TERMINAL_HEADER -> client.send(method, path, body, Map.of(SignatureHeaders.TERMINAL,
                        header.replaceAll("[^\\x20-\\x7e]", "?")));
            };
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + new String(body, 0, Math.min(body.length, 300),
                    java.nio.charset.StandardCharsets.UTF_8);
            return caller + " " + method + " " + path + shown;
        }
    }
}
