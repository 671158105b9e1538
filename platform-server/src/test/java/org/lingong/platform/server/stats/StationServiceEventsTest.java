package org.lingong.platform.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.content.PolicyPage;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.content.PolicyRepository;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.lingong.platform.server.workers.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 items 2-6 on the platform: 好差评, 呼叫工作人员, 就业状态核实 and the visit funnel are each stored once
 * (a resent batch changes nothing), show in the station's daily statistics, and bad ones are refused alone; policy
 * pages reach the region's kiosks in the content bundle.
 */
class StationServiceEventsTest extends PlatformHttpTest {

    /** A station of its own, so that its figures are this test's alone (the context's database is shared). */
    private static final Station YUQUAN = new Station("NM-150104-SV1", "玉泉区服务测试驿站", "1501", "150104", "玉泉区测试路3号");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkerRepository workers;

    @Autowired
    PolicyRepository policies;

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @BeforeEach
    void station() {
        stations.save(YUQUAN);
    }

    @Test
    void ratingsCallsChecksAndTheFunnelAreStoredOnceAndCounted() {
        TestTerminal kiosk = client.enroll(YUQUAN.code());
        JsonNode before = todayOf(kiosk);
        Object[] events = {
                event("WORKER_REGISTERED", "sv-1", worker(idNumber("15010419900314111"), "周末", EmploymentStatus.UNEMPLOYED)),
                event("FEEDBACK", null, Map.of("rating", 5, "service", "FIND_JOB")),
                event("FEEDBACK", "sv-1", Map.of("rating", 1, "service", "REFERRAL", "reasons", List.of("TOO_SLOW", "UNCLEAR"))),
                event("FEEDBACK", null, Map.of("rating", 4)),
                event("STAFF_CALLED", null, Map.of("screen", "FIND_JOB")),
                event("EMPLOYMENT_STATUS_CHECKED", "sv-1", Map.of("situation", "FLEXIBLE")),
                event("VISIT_COUNT", null, Map.of("day", today, "visits", 1, "identified", 1, "searched", 1,
                        "referred", 1, "printed", 0, "tiles", Map.of("FIND_JOB", 1)))};
        byte[] body = PlatformClient.json(batch(events));

        JsonNode first = post(kiosk, body);
        JsonNode second = post(kiosk, body);

        assertThat(first.get("accepted").asInt()).as(first.toString()).isEqualTo(7);
        assertThat(second.get("duplicates").asInt()).isEqualTo(7);
        JsonNode after = todayOf(kiosk);
        assertThat(rise(before, after, "feedback")).isEqualTo(3);
        assertThat(rise(before.path("ratings"), after.path("ratings"), "verySatisfied")).isEqualTo(1);
        assertThat(rise(before.path("ratings"), after.path("ratings"), "satisfied")).isEqualTo(1);
        assertThat(rise(before.path("ratings"), after.path("ratings"), "veryDissatisfied")).isEqualTo(1);
        assertThat(rise(before, after, "staffCalls")).isEqualTo(1);
        assertThat(rise(before, after, "statusChecks")).isEqualTo(1);
        assertThat(rise(before, after, "visits")).isEqualTo(1);
        assertThat(rise(before.path("funnel"), after.path("funnel"), "referred")).isEqualTo(1);
        assertThat(rise(before.path("funnel"), after.path("funnel"), "printed")).isZero();
        assertThat(count("SELECT COUNT(*) FROM staff_call WHERE station_code = '" + YUQUAN.code() + "'"))
                .isEqualTo(before.path("staffCalls").asLong() + 1);
        assertThat(jdbc.sql("SELECT reasons FROM feedback WHERE station_code = ? AND rating = 1").param(YUQUAN.code())
                .query(String.class).list()).contains("TOO_SLOW,UNCLEAR");
        assertThat(count("SELECT SUM(sessions) FROM visit_tile WHERE tile = 'FIND_JOB' AND station_code = '"
                + YUQUAN.code() + "'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aStatusCheckChangesTheFiguresWhereTheStationHoldsTheRecordOnly() {
        TestTerminal holder = client.enroll(YUQUAN.code());
        TestTerminal other = client.enroll(BAOTOU.code());
        String id = idNumber("15010419851111222");
        post(holder, PlatformClient.json(batch(event("WORKER_REGISTERED", "sv-2", worker(id, "吴桐", EmploymentStatus.EMPLOYED)))));
        post(other, PlatformClient.json(batch(event("WORKER_UPDATED", "sv-2b",
                withoutCardRead(worker(id, "吴桐", EmploymentStatus.EMPLOYED))))));
        long workerId = workers.byRef(holder.id(), "sv-2").orElseThrow();

        post(other, PlatformClient.json(batch(event("EMPLOYMENT_STATUS_CHECKED", "sv-2b", Map.of("situation", "UNEMPLOYED")))));
        EmploymentStatus afterOther = workers.employmentStatus(workerId).orElseThrow();
        post(holder, PlatformClient.json(batch(event("EMPLOYMENT_STATUS_CHECKED", "sv-2", Map.of("situation", "HARD_TO_EMPLOY")))));

        assertThat(afterOther).isEqualTo(EmploymentStatus.EMPLOYED);
        assertThat(workers.employmentStatus(workerId)).contains(EmploymentStatus.HARD_TO_EMPLOY);
        assertThat(jdbc.sql("SELECT applied FROM employment_check WHERE worker_id = ? ORDER BY station_code")
                .param(workerId).query(Boolean.class).list()).containsExactly(true, false);
        assertThat(count("SELECT COUNT(*) FROM worker_audit WHERE worker_id = " + workerId
                + " AND changed_fields = 'employmentStatus'")).isEqualTo(1);
    }

    @Test
    void badRatingsCallsChecksAndFunnelsAreRefusedAlone() {
        TestTerminal kiosk = client.enroll(YUQUAN.code());
        JsonNode result = post(kiosk, PlatformClient.json(batch(
                event("FEEDBACK", null, Map.of("rating", 2, "reasons", List.of("rude words"))),
                event("FEEDBACK", null, Map.of("rating", 0)),
                event("STAFF_CALLED", null, Map.of("screen", "<script>")),
                event("EMPLOYMENT_STATUS_CHECKED", null, Map.of("situation", "EMPLOYED")),
                event("EMPLOYMENT_STATUS_CHECKED", "nobody-here", Map.of("situation", "EMPLOYED")),
                event("EMPLOYMENT_STATUS_CHECKED", "sv-x", Map.of("situation", "RETIRED")),
                event("VISIT_COUNT", null, Map.of("day", today, "visits", 1, "printed", 2)),
                event("STAFF_CALLED", null, Map.of("screen", "ATTRACT")))));

        assertThat(result.get("accepted").asInt()).isEqualTo(1);
        assertThat(result.get("results").valueStream().map(r -> r.path("problem").path("reason").asString()).toList())
                .containsExactly("invalid-value", "invalid-value", "invalid-value", "missing-field",
                        "unknown-worker-ref", "unknown-enum-value", "invalid-value", "");
    }

    @Test
    void policyPagesReachTheRegionsKiosksAndRaiseTheContentVersion() {
        TestTerminal kiosk = client.enroll(YUQUAN.code());
        TestTerminal elsewhere = client.enroll(BAOTOU.code());
        long versionBefore = content(kiosk).get("version").asLong();

        policies.insert("1501", new PolicyPage(0, "灵活就业社保补贴", "交了社保的灵活就业人员可以申请补贴。", "就业困难人员",
                "身份证", "旗县区公共就业服务中心", "https://example.org/policy/1"));

        JsonNode bundle = content(kiosk);
        assertThat(bundle.get("version").asLong()).isGreaterThan(versionBefore);
        assertThat(bundle.get("policies").valueStream().map(p -> p.get("title").asString()).toList())
                .contains("灵活就业社保补贴");
        JsonNode page = bundle.get("policies").valueStream()
                .filter(p -> p.get("title").asString().equals("灵活就业社保补贴")).findFirst().orElseThrow();
        assertThat(page.get("whereToGo").asString()).isEqualTo("旗县区公共就业服务中心");
        assertThat(content(elsewhere).get("policies").valueStream().map(p -> p.get("title").asString()).toList())
                .doesNotContain("灵活就业社保补贴");
    }

    private static Map<String, Object> withoutCardRead(Map<String, Object> worker) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(worker);
        copy.put("cardRead", false);
        copy.put("consent", false);
        return copy;
    }

    private JsonNode content(TestTerminal kiosk) {
        return client.signed(kiosk, "GET", "/api/v1/content", null).json();
    }

    private JsonNode todayOf(TestTerminal kiosk) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/stats/daily?from=" + today + "&to=" + today, null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        JsonNode days = result.json().get("days");
        return days.isEmpty() ? PlatformClient.JSON.createObjectNode() : days.get(0);
    }

    private static long rise(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }

    private JsonNode post(TestTerminal terminal, byte[] body) {
        HttpResult result = client.signed(terminal, "POST", "/api/v1/events:batch", body);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private long count(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).optional().orElse(null);
        return value == null ? 0 : value;
    }
}
