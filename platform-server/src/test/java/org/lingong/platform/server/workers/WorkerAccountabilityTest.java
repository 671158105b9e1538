package org.lingong.platform.server.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.crypto.PersonalDataCipher;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 7 over signed HTTP: a worker's record belongs to someone accountable. Creating a worker needs consent
 * whatever the event; another station changes name, phone or employment status only with a fresh card read and
 * consent; every change leaves an audit row without personal data.
 */
class WorkerAccountabilityTest extends PlatformHttpTest {

    private static final EventPoster.IdNumbers ID_NUMBERS = new EventPoster.IdNumbers("150204", 1971);
    private static final String NAME = "冯小刚";
    private static final String PHONE = "13900000001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    private EventPoster events;

    @BeforeEach
    void poster() {
        events = new EventPoster(client);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WORKER_REGISTERED", "WORKER_UPDATED"})
    void noEventCreatesAWorkerWithoutConsent(String type) {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        String idNumber = ID_NUMBERS.next();

        String outcome = events.postOne(kiosk, event(type, "w-1", profile(idNumber, NAME, PHONE, false, true)));

        assertThat(outcome).isEqualTo("consent-missing");
        assertThat(workerCount(idNumber)).isZero();
        assertThat(auditRows()).noneMatch(row -> row.terminalId().equals(kiosk.id()));
    }

    @Test
    void referralsAndSignUpsNamingAnUnknownWorkerCreateNoWorker() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        long workersBefore = jdbc.sql("SELECT COUNT(*) FROM worker").query(Long.class).single();
        UUID signUpId = UUID.randomUUID();

        String referral = events.postOne(kiosk, event("REFERRAL_ISSUED", "w-ghost", Map.of("token", "LG1.AAAA")));
        String signUp = events.postOne(kiosk, Fixtures.event(signUpId, "SIGN_UP", "w-ghost",
                Map.of("target", "JOB_FAIR", "itemId", 3)));

        assertThat(referral).isEqualTo("unknown-worker-ref");
        assertThat(signUp).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT worker_id FROM sign_up WHERE event_id = ?").param(signUpId).query()
                .singleRow().get("worker_id")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM worker").query(Long.class).single()).isEqualTo(workersBefore);
    }

    static Stream<Arguments> unattestedChangesOfProtectedFields() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String type : List.of("WORKER_REGISTERED", "WORKER_UPDATED")) {
            for (String field : List.of("name", "phone", "employmentStatus")) {
                cases.add(Arguments.of(type, field, true, false));
                if (type.equals("WORKER_UPDATED")) { // a registration without consent is refused for that first
                    cases.add(Arguments.of(type, field, false, true));
                    cases.add(Arguments.of(type, field, false, false));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} changing {1}, consent={2}, cardRead={3}")
    @MethodSource("unattestedChangesOfProtectedFields")
    void anotherStationCannotChangeProtectedFieldsWithoutCardReadAndConsent(String type, String field, boolean consent,
                                                                          boolean cardRead) {
        TestTerminal holder = client.enroll(HOHHOT.code());
        TestTerminal stranger = client.enroll(BAOTOU.code());
        String idNumber = registeredAt(holder);
        Map<String, Object> changed = profile(idNumber, NAME, PHONE, consent, cardRead);
        changed.put(field, switch (field) {
            case "name" -> "冯大刚";
            case "phone" -> "13700000002";
            default -> EmploymentStatus.EMPLOYED.name();
        });

        String outcome = events.postOne(stranger, event(type, "w-s", changed));

        assertThat(outcome).isEqualTo("card-read-required");
        Map<String, Object> stored = stored(idNumber);
        assertThat(cipher.decrypt((String) stored.get("name_cipher"))).isEqualTo(NAME);
        assertThat(storedPhone(idNumber)).isEqualTo(PHONE);
        assertThat(stored.get("employment_status")).isEqualTo("UNEMPLOYED");
        assertThat(stored.get("accountable_station")).isEqualTo(HOHHOT.code());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM worker_ref WHERE terminal_id = ?").param(stranger.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCardReadWithConsentLetsAnotherStationChangeTheRecordAndHoldIt() {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(BAOTOU.code());
        String idNumber = registeredAt(first);

        String moved = events.postOne(second, event("WORKER_REGISTERED", "w-2",
                profile(idNumber, NAME, "13700000002", true, true)));
        String formerHolder = events.postOne(first, event("WORKER_UPDATED", "w-1",
                profile(idNumber, NAME, "13600000003", true, false)));

        assertThat(moved).isEqualTo("ACCEPTED");
        assertThat(formerHolder).isEqualTo("card-read-required");
        Map<String, Object> stored = stored(idNumber);
        assertThat(storedPhone(idNumber)).isEqualTo("13700000002");
        assertThat(stored.get("accountable_station")).isEqualTo(BAOTOU.code());
        assertThat(stored.get("first_station")).isEqualTo(HOHHOT.code());
    }

    @Test
    void theHoldingStationChangesTheRecordWithoutACardReadFromAnyOfItsTerminals() {
        TestTerminal registering = client.enroll(HOHHOT.code());
        TestTerminal sameStation = client.enroll(HOHHOT.code());
        String idNumber = registeredAt(registering);
        Map<String, Object> update = profile(idNumber, NAME, "13700000002", false, false);
        update.put("employmentStatus", "HARD_TO_EMPLOY");

        String outcome = events.postOne(sameStation, event("WORKER_UPDATED", "w-9", update));

        assertThat(outcome).isEqualTo("ACCEPTED");
        Map<String, Object> stored = stored(idNumber);
        assertThat(storedPhone(idNumber)).isEqualTo("13700000002");
        assertThat(stored.get("employment_status")).isEqualTo("HARD_TO_EMPLOY");
        assertThat(stored.get("accountable_station")).isEqualTo(HOHHOT.code());
    }

    @Test
    void anotherStationMayChangeSkillsPayAndAvailabilityWithoutACardRead() {
        TestTerminal holder = client.enroll(HOHHOT.code());
        TestTerminal stranger = client.enroll(BAOTOU.code());
        String idNumber = registeredAt(holder);
        Map<String, Object> update = profile(idNumber, NAME, PHONE, false, false);
        update.put("skills", List.of("放牧"));
        update.put("expectedDailyPay", 260);
        update.put("availability", "weekends");

        String outcome = events.postOne(stranger, event("WORKER_UPDATED", "w-2", update));

        assertThat(outcome).isEqualTo("ACCEPTED");
        Map<String, Object> stored = stored(idNumber);
        assertThat(stored.get("skills")).isEqualTo("放牧");
        assertThat(((Number) stored.get("expected_daily_pay")).intValue()).isEqualTo(260);
        assertThat(stored.get("accountable_station")).isEqualTo(HOHHOT.code());
        assertThat(lastAudit(idNumber).fields()).isEqualTo("skills,expectedDailyPay,availability");
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenAndWhichFieldsButNoValues() {
        TestTerminal holder = client.enroll(HOHHOT.code());
        TestTerminal stranger = client.enroll(BAOTOU.code());
        String idNumber = ID_NUMBERS.next();
        Map<String, Object> created = event("WORKER_REGISTERED", "w-1", profile(idNumber, NAME, PHONE, true, true));
        Map<String, Object> changedPhone = profile(idNumber, NAME, "13700000002", false, false);
        changedPhone.put("skills", List.of("保洁"));
        Map<String, Object> update = event("WORKER_UPDATED", "w-1", changedPhone);
        Map<String, Object> sameAgain = event("WORKER_UPDATED", "w-1", changedPhone);
        Map<String, Object> renamed = profile(idNumber, "冯晓刚", "13700000002", true, true);
        renamed.put("skills", List.of("保洁"));
        Map<String, Object> attested = event("WORKER_REGISTERED", "w-2", renamed);

        List<String> outcomes = List.of(events.postOne(holder, created), events.postOne(holder, update),
                events.postOne(holder, sameAgain), events.postOne(stranger, attested));

        assertThat(outcomes).containsOnly("ACCEPTED");
        List<AuditRow> trail = auditOf(idNumber);
        assertThat(trail).extracting(AuditRow::action).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(trail).extracting(AuditRow::fields)
                .containsExactly("name,phone,employmentStatus,skills,expectedDailyPay", "phone,skills", "name");
        assertThat(trail).extracting(AuditRow::terminalId).containsExactly(holder.id(), holder.id(), stranger.id());
        assertThat(trail).extracting(AuditRow::stationCode).containsExactly(HOHHOT.code(), HOHHOT.code(), BAOTOU.code());
        assertThat(trail).extracting(AuditRow::eventId).containsExactly(eventId(created), eventId(update), eventId(attested));
        assertThat(trail).extracting(AuditRow::accountableStation)
                .containsExactly(HOHHOT.code(), HOHHOT.code(), BAOTOU.code());
        assertThat(trail).extracting(AuditRow::cardRead).containsExactly(true, false, true);
        assertThat(trail).extracting(AuditRow::occurredAt).containsExactly(occurredAt(created), occurredAt(update),
                occurredAt(attested));
        String everything = jdbc.sql("SELECT * FROM worker_audit").query().listOfRows().toString();
        assertThat(everything).doesNotContain(idNumber, idNumber.substring(6, 14), "冯", PHONE, "13700000002");
    }

    @Test
    void aProfileWithoutTheCardReadFlagCountsAsNoCardRead() {
        TestTerminal holder = client.enroll(HOHHOT.code());
        TestTerminal stranger = client.enroll(BAOTOU.code());
        String idNumber = ID_NUMBERS.next();
        Map<String, Object> older = profile(idNumber, NAME, PHONE, true, true);
        older.remove("cardRead");
        Map<String, Object> olderChange = new LinkedHashMap<>(older);
        olderChange.put("name", "冯大刚");

        String created = events.postOne(holder, event("WORKER_REGISTERED", "w-1", older));
        String changed = events.postOne(stranger, event("WORKER_REGISTERED", "w-2", olderChange));

        assertThat(created).isEqualTo("ACCEPTED");
        assertThat(changed).isEqualTo("card-read-required");
        assertThat(lastAudit(idNumber).cardRead()).isFalse();
    }

    /** A new worker (冯小刚, 13900000001, unemployed) registered at the terminal with card read and consent. */
    private String registeredAt(TestTerminal terminal) {
        String idNumber = ID_NUMBERS.next();
        assertThat(events.postOne(terminal, event("WORKER_REGISTERED", "w-" + terminal.id(),
                profile(idNumber, NAME, PHONE, true, true)))).isEqualTo("ACCEPTED");
        return idNumber;
    }

    private String storedPhone(String idNumber) {
        return cipher.decrypt((String) stored(idNumber).get("phone_cipher"));
    }

    private static Map<String, Object> profile(String idNumber, String name, String phone, boolean consent,
                                               boolean cardRead) {
        Map<String, Object> profile = new LinkedHashMap<>(worker(idNumber, name, EmploymentStatus.UNEMPLOYED));
        profile.put("phone", phone);
        profile.put("consent", consent);
        profile.put("cardRead", cardRead);
        return profile;
    }

    private static Instant occurredAt(Map<String, Object> event) {
        return Instant.parse((String) event.get("occurredAt"));
    }

    /** An event stamped in whole seconds, so that it compares exactly with what a database stores. */
    private static Map<String, Object> event(String type, String workerRef, Map<String, Object> payload) {
        Map<String, Object> event = Fixtures.event(type, workerRef, payload);
        event.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return event;
    }

    private static UUID eventId(Map<String, Object> event) {
        return UUID.fromString((String) event.get("eventId"));
    }

    private String idHash(String idNumber) {
        return cipher.idHash(idNumber);
    }

    private long workerCount(String idNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM worker WHERE id_hash = ?").param(idHash(idNumber)).query(Long.class).single();
    }

    private Map<String, Object> stored(String idNumber) {
        return jdbc.sql("SELECT * FROM worker WHERE id_hash = ?").param(idHash(idNumber)).query().singleRow();
    }

    record AuditRow(String action, String fields, String terminalId, String stationCode, UUID eventId,
                    String accountableStation, boolean cardRead, Instant occurredAt) {
    }

    private List<AuditRow> auditOf(String idNumber) {
        return jdbc.sql("""
                SELECT a.* FROM worker_audit a JOIN worker w ON w.id = a.worker_id WHERE w.id_hash = ? ORDER BY a.id""")
                .param(idHash(idNumber)).query(WorkerAccountabilityTest::auditRow).list();
    }

    private List<AuditRow> auditRows() {
        return jdbc.sql("SELECT * FROM worker_audit").query(WorkerAccountabilityTest::auditRow).list();
    }

    private AuditRow lastAudit(String idNumber) {
        List<AuditRow> trail = auditOf(idNumber);
        return trail.get(trail.size() - 1);
    }

    private static AuditRow auditRow(ResultSet rs, int i) throws SQLException {
        return new AuditRow(rs.getString("action"), rs.getString("changed_fields"), rs.getString("terminal_id"),
                rs.getString("station_code"), rs.getObject("event_id", UUID.class), rs.getString("accountable_station"),
                rs.getBoolean("card_read"), DbTime.instant(rs, "occurred_at"));
    }
}
