package org.lingong.platform.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import java.time.Instant;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.EventBatch;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.SignUp;
import org.lingong.platform.api.events.SignUpTarget;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.lingong.platform.server.workers.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class EventBatchTest extends PlatformHttpTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkerRepository workers;

    @Test
    void replayedBatchIsReportedDuplicateAndChangesNothing() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Object[] events = {
                event("WORKER_REGISTERED", "w-1", worker(idNumber("15010219800101201"), "张三丰", EmploymentStatus.UNEMPLOYED)),
                event("VISIT_COUNT", null, Map.of("day", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), "visits", 7)),
                event("FEEDBACK", null, Map.of("rating", 5, "comment", "很好")),
                event("DEVICE_STATUS", null, Map.of("device", "printer", "state", "PAPER_OUT"))};
        byte[] body = PlatformClient.json(batch(events));

        JsonNode first = post(terminal, body);
        long workersAfterFirst = workers.count();
        long visitsAfterFirst = sum("SELECT SUM(visits) FROM visit_count");
        JsonNode second = post(terminal, body);

        assertThat(first.get("accepted").asInt()).isEqualTo(4);
        assertThat(second.get("duplicates").asInt()).isEqualTo(4);
        assertThat(second.get("accepted").asInt()).isZero();
        assertThat(second.get("results").get(0).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(workers.count()).isEqualTo(workersAfterFirst);
        assertThat(sum("SELECT SUM(visits) FROM visit_count")).isEqualTo(visitsAfterFirst);
    }

    @Test
    void badEventIsRejectedAloneAndWritesNothing() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        UUID badId = UUID.randomUUID();
        String badIdNumber = "150102198001012010"; // wrong check digit
        Object[] events = {
                event("FEEDBACK", null, Map.of("rating", 4)),
                event(badId, "WORKER_REGISTERED", "w-bad", worker(badIdNumber, "李四", EmploymentStatus.EMPLOYED)),
                event("FEEDBACK", null, Map.of("rating", 3))};
        long eventsBefore = sum("SELECT COUNT(*) FROM event_log");

        JsonNode result = post(terminal, PlatformClient.json(batch(events)));

        assertThat(result.get("accepted").asInt()).isEqualTo(2);
        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        JsonNode rejected = result.get("results").get(1);
        assertThat(rejected.get("eventId").asString()).isEqualTo(badId.toString());
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("problem").get("reason").asString()).isEqualTo("invalid-id-number");
        assertThat(rejected.get("problem").get("detail").asString()).doesNotContain(badIdNumber.substring(0, 12));
        assertThat(sum("SELECT COUNT(*) FROM event_log")).isEqualTo(eventsBefore + 2);
        assertThat(sum("SELECT COUNT(*) FROM event_log WHERE event_id = '" + badId + "'")).isZero();
        assertThat(sum("SELECT COUNT(*) FROM worker_ref WHERE worker_ref = 'w-bad'")).isZero();
    }

    @Test
    void eachKindOfBadEventGetsItsOwnReason() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, Object> unknownType = event("WORKER_TELEPORTED", null, Map.of());
        Map<String, Object> badEnum = event("DEVICE_STATUS", null, Map.of("device", "printer", "state", "MELTED"));
        Map<String, Object> badDate = event("VISIT_COUNT", null, Map.of("day", "2026-02-30", "visits", 1));
        Map<String, Object> missingWorkerRef = event("WORKER_REGISTERED", null,
                worker(idNumber("15010219800101202"), "王五", EmploymentStatus.EMPLOYED));
        Map<String, Object> noConsent = new LinkedHashMap<>(worker(idNumber("15010219800101203"), "赵六", EmploymentStatus.EMPLOYED));
        noConsent.put("consent", false);
        Map<String, Object> badOccurredAt = new LinkedHashMap<>(event("FEEDBACK", null, Map.of("rating", 2)));
        badOccurredAt.put("occurredAt", "yesterday");
        Map<String, Object> badRating = event("FEEDBACK", null, Map.of("rating", 9));
        Map<String, Object> unknownWorker = event("REFERRAL_ISSUED", "never-registered", Map.of("token", "LG1.AAAA"));

        JsonNode result = post(terminal, PlatformClient.json(batch(unknownType, badEnum, badDate, missingWorkerRef,
                event("WORKER_REGISTERED", "w-6", noConsent), badOccurredAt, badRating, unknownWorker)));

        assertThat(result.get("rejected").asInt()).isEqualTo(8);
        assertThat(reasons(result)).containsExactly("unknown-enum-value", "unknown-enum-value", "invalid-date",
                "missing-field", "consent-missing", "invalid-date", "invalid-value", "unknown-worker-ref");
    }

    @Test
    void sameWorkerFromTwoTerminalsIsOneWorkerWithEncryptedIdNumber() {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(BAOTOU.code());
        String id = idNumber("15020319750505301");
        long before = workers.count();

        post(first, PlatformClient.json(batch(event("WORKER_REGISTERED", "a", worker(id, "孙七", EmploymentStatus.EMPLOYED)))));
        post(second, PlatformClient.json(batch(event("WORKER_REGISTERED", "b", worker(id.toLowerCase(), "孙七", EmploymentStatus.EMPLOYED)))));

        assertThat(workers.count()).isEqualTo(before + 1);
        String stored = jdbc.sql("SELECT id_cipher FROM worker WHERE name_masked = '孙*'").query(String.class).single();
        String hash = jdbc.sql("SELECT id_hash FROM worker WHERE name_masked = '孙*'").query(String.class).single();
        assertThat(stored).doesNotContain(id).doesNotContain(id.substring(6, 14));
        assertThat(hash).hasSize(64).doesNotContain(id);
    }

    @Test
    void malformedOrWrongShapedBatchesAreProblems() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        HttpResult malformed = client.signed(terminal, "POST", "/api/v1/events:batch", "{\"events\": [".getBytes());
        HttpResult empty = client.signed(terminal, "POST", "/api/v1/events:batch", PlatformClient.json(Map.of("events", List.of())));
        HttpResult oversized = client.signed(terminal, "POST", "/api/v1/events:batch", new byte[70_000]);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.reason()).isEqualTo("malformed-json");
        assertThat(empty.reason()).isEqualTo("invalid-batch");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.reason()).isEqualTo("body-too-large");
        assertThat(List.of(malformed, empty, oversized)).allMatch(HttpResult::isProblem);
    }

    @Test
    void typedContractRecordsSerialiseToAnAcceptedBatchOnTheAlternativePath() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        EventBatch batch = new EventBatch(List.of(
                new EventEnvelope(UUID.randomUUID(), EventType.WORKER_REGISTERED, Instant.now(), "typed-1",
                        new WorkerProfile(idNumber("15010219850505404"), "郑小红", null, List.of("家政"), null, null,
                                EmploymentStatus.HARD_TO_EMPLOY, true, true)),
                new EventEnvelope(UUID.randomUUID(), EventType.SIGN_UP, Instant.now(), "typed-1",
                        new SignUp(SignUpTarget.JOB_FAIR, 3)),
                new EventEnvelope(UUID.randomUUID(), EventType.DEVICE_STATUS, Instant.now(), null,
                        new DeviceStatusChange("scanner", DeviceState.OFFLINE, "unplugged"))));

        HttpResult result = client.signed(terminal, "POST", "/api/v1/events/batch", PlatformClient.json(batch));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.json().get("accepted").asInt()).isEqualTo(3);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void personalDataNeverReachesTheLog(CapturedOutput output) {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        String valid = idNumber("15010219660606707");
        String invalid = "150102196606067071";

        post(terminal, PlatformClient.json(batch(
                event("WORKER_REGISTERED", "log-1", worker(valid, "钱多多", EmploymentStatus.EMPLOYED)),
                event("WORKER_REGISTERED", "log-2", worker(invalid, "钱少少", EmploymentStatus.EMPLOYED)))));

        assertThat(output.getAll()).contains("Batch from " + terminal.id())
                .doesNotContain(valid).doesNotContain(invalid).doesNotContain("钱多多").doesNotContain("钱少少");
    }

    private JsonNode post(TestTerminal terminal, byte[] body) {
        HttpResult result = client.signed(terminal, "POST", "/api/v1/events:batch", body);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private long sum(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).optional().orElse(null);
        return value == null ? 0 : value;
    }

    private static List<String> reasons(JsonNode result) {
        return result.get("results").valueStream().map(r -> r.path("problem").path("reason").asString()).toList();
    }
}
