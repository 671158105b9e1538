package org.lingong.platform.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.ConfigRefusal;
import org.lingong.platform.api.remote.DiagnosticBundle;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.server.remote.RemoteConsole;
import org.lingong.platform.server.remote.SettingsScope;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.content.ContentKind;
import org.lingong.platform.server.content.ContentRepository;
import org.lingong.platform.server.content.ContentRow;
import org.lingong.platform.server.employers.EmployerService;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Drives every documented operation over real HTTP and validates each real response against openapi.yaml. */
class OpenApiConformanceTest extends PlatformHttpTest {

    private final OpenApiContract contract = OpenApiContract.load();
    private final Set<String> covered = new TreeSet<>();

    @Autowired
    ContentRepository content;
    @Autowired
    EmployerService employers;
    @Autowired
    AccountService accounts;

    @Autowired
    RemoteConsole remote;

    @Test
    void everyOperationAnswersAsDocumented() {
        HttpResult servedDocument = client.send("GET", "/openapi.yaml", null, Map.of());
        assertThat(servedDocument.status()).isEqualTo(200);
        assertThat(servedDocument.body()).startsWith("openapi: 3.1.0");
        seedContent();

        JsonNode code = check("POST", "/api/v1/operator/enrollment-codes", client.operator("POST",
                "/api/v1/operator/enrollment-codes", PlatformClient.json(Map.of("stationCode", HOHHOT.code()))));
        check("POST", "/api/v1/operator/enrollment-codes", client.operator("POST",
                "/api/v1/operator/enrollment-codes", PlatformClient.json(Map.of("stationCode", "NO-SUCH"))));
        check("POST", "/api/v1/enrollments", client.send("POST", "/api/v1/enrollments", PlatformClient.json(Map.of(
                "stationCode", HOHHOT.code(), "enrollmentCode", "WRONG-CODE", "publicKey", "AAAA")), Map.of()));
        TestTerminal terminal = client.enrollWith(HOHHOT.code(), code.get("code").asString());
        covered.add("POST /api/v1/enrollments 201");

        check("POST", "/api/v1/heartbeats", client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(
                new Heartbeat("3.0.0", List.of(new DeviceReport("idcard", DeviceState.ONLINE, null)), 0, 0, 1_000_000, 0))));
        remote.save("operator", SettingsScope.TERMINAL, terminal.id(),
                new TerminalSettings(1, 60, 20, "契约驿站", List.of("求职登记"), 80, true, "INFO"), "150102");
        remote.queue("operator", terminal.id(), CommandKind.PRINT_TEST_PAGE, "150102");
        JsonNode withOrders = check("POST", "/api/v1/heartbeats", client.signed(terminal, "POST", "/api/v1/heartbeats",
                PlatformClient.json(new Heartbeat("3.1.0", List.of(), 0, 0, 1_000_000, 0, 0, List.of(),
                        new RemoteReport(0, new ConfigRefusal(0, "no-pinned-key"), List.of())))));
        assertThat(withOrders.get("orders").get("signature").asString()).hasSize(86);
        check("POST", "/api/v1/diagnostics", client.signed(terminal, "POST", "/api/v1/diagnostics",
                PlatformClient.json(new DiagnosticBundle(null, "app 3.1.0\noutbox: 0 waiting\n"))));
        check("POST", "/api/v1/diagnostics", client.signed(terminal, "POST", "/api/v1/diagnostics",
                PlatformClient.json(new DiagnosticBundle(null, ""))));
        check("POST", "/api/v1/heartbeats", client.send("POST", "/api/v1/heartbeats", "{}".getBytes(), Map.of()));
        check("POST", "/api/v1/heartbeats", client.signed(terminal, "POST", "/api/v1/heartbeats",
                "{\"appVersion\":\"\",\"outboxDepth\":-1}".getBytes()));

        JsonNode job = check("POST", "/api/v1/operator/jobs", client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("契约测试", "150102"))));
        long jobId = job.get("id").asLong();
        check("POST", "/api/v1/operator/jobs", client.operator("POST", "/api/v1/operator/jobs", "{\"title\":1".getBytes()));
        check("GET", "/api/v1/operator/jobs/{id}", client.operator("GET", "/api/v1/operator/jobs/" + jobId, null));
        JsonNode listed = check("GET", "/api/v1/operator/jobs", client.operator("GET", "/api/v1/operator/jobs?region=1501&limit=1000", null));
        assertThat(listed.valueStream().map(j -> j.get("id").asLong())).contains(jobId);
        check("GET", "/api/v1/operator/jobs", client.operator("GET", "/api/v1/operator/jobs?region=15", null));
        check("PUT", "/api/v1/operator/jobs/{id}", client.operator("PUT", "/api/v1/operator/jobs/" + jobId,
                PlatformClient.json(Fixtures.job("契约测试（改）", "150102"))));
        long doomed = check("POST", "/api/v1/operator/jobs", client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("将删除", "150102")))).get("id").asLong();
        check("DELETE", "/api/v1/operator/jobs/{id}", client.operator("DELETE", "/api/v1/operator/jobs/" + doomed, null));
        check("GET", "/api/v1/operator/jobs/{id}", client.operator("GET", "/api/v1/operator/jobs/" + doomed, null));

        JsonNode page = check("GET", "/api/v1/jobs", client.signed(terminal, "GET", "/api/v1/jobs?since=0&limit=500", null));
        assertThat(page.get("tombstones").isEmpty()).isFalse();
        check("GET", "/api/v1/jobs", client.signed(terminal, "GET", "/api/v1/jobs?since=-4", null));
        check("PUT", "/api/v1/operator/regions/{regionCode}/contact-policy", client.operator("PUT",
                "/api/v1/operator/regions/1509/contact-policy", "{\"contactPolicy\":\"GATED\"}".getBytes()));
        check("PUT", "/api/v1/operator/regions/{regionCode}/contact-policy", client.operator("PUT",
                "/api/v1/operator/regions/15/contact-policy", "{\"contactPolicy\":\"GATED\"}".getBytes()));
        ConsolePeople.operator(accounts, "contract-bt", "150200");
        check("PUT", "/api/v1/operator/regions/{regionCode}/contact-policy", new PlatformClient(port, "contract-bt",
                ConsolePeople.PASSWORD).operator("PUT", "/api/v1/operator/regions/1509/contact-policy",
                "{\"contactPolicy\":\"GATED\"}".getBytes()));
        JsonNode bundle = check("GET", "/api/v1/content", client.signed(terminal, "GET", "/api/v1/content", null));
        assertThat(bundle.get("trainingCourses").isEmpty()).isFalse();
        assertThat(bundle.get("liveSessions").valueStream().map(l -> l.path("streamUrl").asString(""))).contains("https://live.example.cn/room/1");
        assertThat(bundle.get("announcements").valueStream().map(a -> a.path("validUntil").asString(""))).anyMatch(d -> !d.isEmpty());
        JsonNode calendar = check("GET", "/api/v1/appointments", client.signed(terminal, "GET", "/api/v1/appointments", null));
        assertThat(calendar.get("slots").isEmpty()).isFalse();

        UUID referralId = UUID.randomUUID();
        String token = ReferralTokenCodec.encode(new ReferralToken(referralId, terminal.id(), jobId,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)),
                terminal.keys().getPrivate());
        JsonNode batchResult = check("POST", "/api/v1/events:batch", client.signed(terminal, "POST", "/api/v1/events:batch",
                PlatformClient.json(batch(
                        event("WORKER_REGISTERED", "c-1", worker(idNumber("15010219920202551"), "吴建国", EmploymentStatus.UNEMPLOYED)),
                        event("REFERRAL_ISSUED", "c-1", Map.of("token", token)),
                        event("SIGN_UP", "c-1", Map.of("target", "TRAINING", "itemId", 1)),
                        event("FEEDBACK", null, Map.of("rating", 0))))));
        assertThat(batchResult.get("rejected").asInt()).isEqualTo(1);
        check("POST", "/api/v1/events:batch", client.signed(terminal, "POST", "/api/v1/events:batch", "[".getBytes()));
        checkStaffCalls(terminal);
        check("POST", "/api/v1/events:batch", client.signed(terminal, "POST", "/api/v1/events:batch", new byte[70_000]));

        check("POST", "/api/v1/referrals/verify", client.operator("POST", "/api/v1/referrals/verify",
                PlatformClient.json(Map.of("token", token))));
        check("POST", "/api/v1/referrals/verify", client.operator("POST", "/api/v1/referrals/verify",
                PlatformClient.json(Map.of("token", "LG1.AAAA"))));
        check("POST", "/api/v1/referrals/verify", client.send("POST", "/api/v1/referrals/verify",
                PlatformClient.json(Map.of("token", token)), Map.of()));
        check("POST", "/api/v1/operator/referrals/{id}/check-in", client.operator("POST",
                "/api/v1/operator/referrals/" + referralId + "/check-in", PlatformClient.json(Map.of("recordedBy", "staff"))));
        check("POST", "/api/v1/operator/referrals/{id}/check-in", client.operator("POST",
                "/api/v1/operator/referrals/" + UUID.randomUUID() + "/check-in", PlatformClient.json(Map.of())));
        check("POST", "/api/v1/operator/referrals/{id}/outcome", client.operator("POST",
                "/api/v1/operator/referrals/" + referralId + "/outcome", PlatformClient.json(Map.of("outcome", "HIRED"))));
        check("POST", "/api/v1/operator/referrals/{id}/outcome", client.operator("POST",
                "/api/v1/operator/referrals/" + referralId + "/outcome", PlatformClient.json(Map.of("outcome", "HIRED"))));
        check("POST", "/api/v1/operator/referrals/{id}/outcome", client.operator("POST",
                "/api/v1/operator/referrals/" + referralId + "/outcome", PlatformClient.json(Map.of("outcome", "FIRED"))));
        check("GET", "/api/v1/operator/referrals", client.operator("GET", "/api/v1/operator/referrals", null));

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode stats = check("GET", "/api/v1/stats/daily", client.signed(terminal, "GET",
                "/api/v1/stats/daily?from=" + today + "&to=" + today, null));
        assertThat(stats.get("days").get(0).get("urbanNewEmployment").asInt()).isPositive();
        check("GET", "/api/v1/stats/daily", client.signed(terminal, "GET", "/api/v1/stats/daily?from=" + today + "&to=2020-01-01", null));
        check("GET", "/api/v1/operator/stats/daily", client.operator("GET",
                "/api/v1/operator/stats/daily?from=" + today + "&to=" + today, null));
        check("GET", "/api/v1/operator/stats/daily", client.operator("GET",
                "/api/v1/operator/stats/daily?from=2026-02-30&to=" + today, null));
        check("GET", "/api/v1/operator/terminals", client.operator("GET", "/api/v1/operator/terminals", null));
        check("GET", "/api/v1/operator/terminals", client.send("GET", "/api/v1/operator/terminals", null, Map.of()));
        check("POST", "/api/v1/operator/terminals/{id}/revoke", client.operator("POST",
                "/api/v1/operator/terminals/TNOPE/revoke", null));
        check("POST", "/api/v1/operator/terminals/{id}/revoke", client.operator("POST",
                "/api/v1/operator/terminals/" + terminal.id() + "/revoke", null));

        checkPostings();
        checkContentApi();
        assertThat(coveredOperations()).containsAll(documentedOperations());
    }

    /** An employer's posting reviewed through the API: listed, read, approved, and a second one rejected. */
    private void checkPostings() {
        FormErrors errors = new FormErrors();
        long employerId = employers.register(ConsolePeople.registration("契约测试用工单位", ConsolePeople.CREDIT_CODES[7],
                "contract-co"), errors).orElseThrow(() -> new AssertionError(errors.all()));
        SignedIn employer = new SignedIn("contract-co", "契约测试用工单位", Role.EMPLOYER, null, null, employerId);
        long approved = employers.post(employer, ConsolePeople.job("契约测试审核岗位", "150203"), errors).orElseThrow();
        long rejected = employers.post(employer, ConsolePeople.job("契约测试驳回岗位", "150203"), errors).orElseThrow();

        JsonNode listed = check("GET", "/api/v1/operator/postings", client.operator("GET", "/api/v1/operator/postings", null));
        assertThat(listed.valueStream().map(p -> p.get("id").asLong())).contains(approved, rejected);
        check("GET", "/api/v1/operator/postings", client.send("GET", "/api/v1/operator/postings", null, Map.of()));
        check("GET", "/api/v1/operator/postings/{id}", client.operator("GET", "/api/v1/operator/postings/" + approved, null));
        check("GET", "/api/v1/operator/postings/{id}", client.operator("GET", "/api/v1/operator/postings/999999999", null));
        JsonNode job = check("POST", "/api/v1/operator/postings/{id}/approve", client.operator("POST",
                "/api/v1/operator/postings/" + approved + "/approve", null));
        assertThat(job.get("state").asString()).isEqualTo("APPROVED");
        assertThat(job.get("jobId").asLong()).isPositive();
        check("POST", "/api/v1/operator/postings/{id}/approve", client.operator("POST",
                "/api/v1/operator/postings/" + approved + "/approve", null));
        check("POST", "/api/v1/operator/postings/{id}/approve", client.operator("POST",
                "/api/v1/operator/postings/999999999/approve", null));
        check("POST", "/api/v1/operator/postings/{id}/reject", client.operator("POST",
                "/api/v1/operator/postings/" + rejected + "/reject", "{\"reason\":".getBytes()));
        check("POST", "/api/v1/operator/postings/{id}/reject", client.operator("POST",
                "/api/v1/operator/postings/" + rejected + "/reject", PlatformClient.json(Map.of("reason", " "))));
        JsonNode refused = check("POST", "/api/v1/operator/postings/{id}/reject", client.operator("POST",
                "/api/v1/operator/postings/" + rejected + "/reject", PlatformClient.json(Map.of("reason", "工价低于当地标准"))));
        assertThat(refused.get("rejectReason").asString()).isEqualTo("工价低于当地标准");
        check("POST", "/api/v1/operator/postings/{id}/reject", client.operator("POST",
                "/api/v1/operator/postings/999999999/reject", PlatformClient.json(Map.of("reason", "x"))));
    }

    /** A kiosk's call listed, acknowledged twice (the same answer), an unknown one refused; the heartbeat carries it. */
    private void checkStaffCalls(TestTerminal terminal) {
        check("POST", "/api/v1/events:batch", client.signed(terminal, "POST", "/api/v1/events:batch",
                PlatformClient.json(batch(event("STAFF_CALLED", null, Map.of("screen", "FIND_JOB"))))));
        JsonNode calls = check("GET", "/api/v1/operator/calls", client.operator("GET", "/api/v1/operator/calls", null));
        String id = calls.valueStream().filter(c -> c.get("terminalId").asString().equals(terminal.id())).findFirst()
                .orElseThrow().get("id").asString();
        check("POST", "/api/v1/operator/calls/{id}/acknowledgement", client.operator("POST",
                "/api/v1/operator/calls/" + id + "/acknowledgement", null));
        JsonNode again = check("POST", "/api/v1/operator/calls/{id}/acknowledgement", client.operator("POST",
                "/api/v1/operator/calls/" + id + "/acknowledgement", null));
        assertThat(again.get("acknowledged").asBoolean()).isTrue();
        check("POST", "/api/v1/operator/calls/{id}/acknowledgement", client.operator("POST",
                "/api/v1/operator/calls/" + UUID.randomUUID() + "/acknowledgement", null));
        JsonNode beat = check("POST", "/api/v1/heartbeats", client.signed(terminal, "POST", "/api/v1/heartbeats",
                PlatformClient.json(new Heartbeat("3.1.0", List.of(), 0, 0, 1_000_000, 0))));
        assertThat(beat.get("acknowledgedCalls").valueStream().map(JsonNode::asString)).contains(id);
    }

    /** A live session created, read, replaced and removed through the content API. */
    private void checkContentApi() {
        String start = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1) + "T19:30";
        Map<String, Object> live = new java.util.HashMap<>(Map.of("region", "1501", "title", "契约直播带岗", "organizer",
                "新城区驿站", "location", "抖音", "startsAt", start, "endsAt", start.replace("19:30", "21:00"), "streamUrl",
                "https://live.example.cn/room/2"));
        long id = check("POST", "/api/v1/operator/content/{section}", client.operator("POST", "/api/v1/operator/content/live",
                PlatformClient.json(live))).get("id").asLong();
        live.put("streamUrl", "http://live.example.cn/room/2");
        check("POST", "/api/v1/operator/content/{section}", client.operator("POST", "/api/v1/operator/content/live",
                PlatformClient.json(live)));
        check("POST", "/api/v1/operator/content/{section}", client.operator("POST", "/api/v1/operator/content/nope",
                PlatformClient.json(live)));
        check("GET", "/api/v1/operator/content/{section}", client.operator("GET", "/api/v1/operator/content/live", null));
        check("GET", "/api/v1/operator/content/{section}", client.operator("GET", "/api/v1/operator/content/nope", null));
        check("GET", "/api/v1/operator/content/{section}/{id}", client.operator("GET", "/api/v1/operator/content/live/" + id, null));
        check("GET", "/api/v1/operator/content/{section}/{id}", client.operator("GET", "/api/v1/operator/content/fairs/" + id, null));
        check("GET", "/api/v1/operator/content/{section}/{id}", client.operator("GET", "/api/v1/operator/content/live/x", null));
        live.put("streamUrl", "https://live.example.cn/room/3");
        JsonNode replaced = check("PUT", "/api/v1/operator/content/{section}/{id}", client.operator("PUT",
                "/api/v1/operator/content/live/" + id, PlatformClient.json(live)));
        assertThat(replaced.get("streamUrl").asString()).isEqualTo("https://live.example.cn/room/3");
        check("PUT", "/api/v1/operator/content/{section}/{id}", client.operator("PUT",
                "/api/v1/operator/content/live/" + id, "{\"title\":[]}".getBytes()));
        check("PUT", "/api/v1/operator/content/{section}/{id}", client.operator("PUT",
                "/api/v1/operator/content/live/999999999", PlatformClient.json(live)));
        check("DELETE", "/api/v1/operator/content/{section}/{id}", client.operator("DELETE", "/api/v1/operator/content/live/" + id, null));
        check("DELETE", "/api/v1/operator/content/{section}/{id}", client.operator("DELETE", "/api/v1/operator/content/live/" + id, null));
        check("DELETE", "/api/v1/operator/content/{section}/{id}", client.operator("DELETE", "/api/v1/operator/content/live/x", null));
        JsonNode policy = check("POST", "/api/v1/operator/content/{section}", client.operator("POST",
                "/api/v1/operator/content/policies", PlatformClient.json(Map.of("region", "1501", "title", "契约政策",
                        "summary", "一句话说明", "whoQualifies", "登记失业人员", "whatToBring", "身份证", "whereToGo", "就业服务中心",
                        "fullTextUrl", "https://example.org/policy/9"))));
        assertThat(policy.get("fullTextUrl").asString()).isEqualTo("https://example.org/policy/9");
        check("GET", "/api/v1/operator/content/{section}/{id}", client.operator("GET",
                "/api/v1/operator/content/policies/" + policy.get("id").asLong(), null));
    }

    private JsonNode check(String method, String template, HttpResult result) {
        assertThat(contract.documents(method, template, result.status()))
                .as("%s %s answered %s which is not documented", method, template, result).isTrue();
        covered.add(method + " " + template + " " + result.status());
        if (result.status() == 204) {
            assertThat(result.body()).isEmpty();
            return null;
        }
        if (result.contentType().startsWith("text/html")) {
            return null;
        }
        JsonNode body = result.json();
        var errors = contract.validate(method, template, result.status(), result.contentType(), body);
        assertThat(errors).as("%s %s %s: %s", method, template, result.status(), result.body()).isEmpty();
        return body;
    }

    private Set<String> coveredOperations() {
        Set<String> operations = new TreeSet<>();
        covered.forEach(c -> operations.add(c.substring(0, c.lastIndexOf(' '))));
        return operations;
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        contract.document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!op.getKey().equals("parameters")) {
                operations.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private void seedContent() {
        content.insert(new ContentRow(0, ContentKind.TRAINING, "1501", null, "家政服务员培训", "测试职业学校", "新城区",
                Instant.now(), Instant.now().plus(Duration.ofDays(10)), "40学时", true, 0));
        content.insert(new ContentRow(0, ContentKind.SERVICE_ITEM, "15", null, "失业登记", null, null, null, null,
                "办理失业登记", true, 1));
        content.insert(new ContentRow(0, ContentKind.ANNOUNCEMENT, "15", null, "春风行动", null, null, Instant.now(), null,
                "招聘会通知", false, 0));
        content.insert(new ContentRow(0, ContentKind.ANNOUNCEMENT, "1501", null, "限期公告", null, null, Instant.now(),
                Instant.now().plus(Duration.ofDays(10)), "十天内有效", false, 0));
        content.insert(new ContentRow(0, ContentKind.LIVE_SESSION, "1501", null, "直播带岗", "新城区驿站", "抖音", Instant.now(),
                Instant.now().plus(Duration.ofHours(2)), "20个岗位", false, 0, "https://live.example.cn/room/1"));
    }
}
