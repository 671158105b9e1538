package org.lingong.platform.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 8 over signed HTTP: official figures come from accountable people. Terminals cannot record hiring
 * decisions, reported times must be plausible (at most 30 days back, 5 minutes ahead), and an event id belongs to
 * the terminal that used it first.
 */
class AccountableFiguresTest extends PlatformHttpTest {

    private static final EventPoster.IdNumbers ID_NUMBERS = new EventPoster.IdNumbers("150204", 1972);

    @Autowired
    JdbcClient jdbc;

    private EventPoster events;

    @BeforeEach
    void poster() {
        events = new EventPoster(client);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HIRED", "NOT_HIRED"})
    void noTerminalRecordsAHiringDecisionButTheOperatorApiDoes(String decision) {
        TestTerminal issuer = client.enroll(HOHHOT.code());
        TestTerminal sameStation = client.enroll(HOHHOT.code());
        UUID referral = issue(issuer, Instant.now());

        String byIssuer = events.postOne(issuer, outcome(referral, decision));
        String byColleague = events.postOne(sameStation, outcome(referral, decision));
        String stateAfterTerminals = state(referral);
        HttpResult byEmployer = client.operator("POST", "/api/v1/operator/referrals/" + referral + "/outcome",
                PlatformClient.json(Map.of("outcome", decision, "recordedBy", "用工单位")));

        assertThat(byIssuer).isEqualTo("outcome-needs-employer-or-staff");
        assertThat(byColleague).isEqualTo("outcome-needs-employer-or-staff");
        assertThat(stateAfterTerminals).isEqualTo("ISSUED");
        assertThat(byEmployer.status()).as(byEmployer.toString()).isEqualTo(204);
        assertThat(state(referral)).isEqualTo(decision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHECKED_IN", "NO_SHOW", "CANCELLED"})
    void aTerminalStillReportsWhatItWitnessed(String outcome) {
        TestTerminal issuer = client.enroll(HOHHOT.code());
        UUID referral = issue(issuer, Instant.now());

        assertThat(events.postOne(issuer, outcome(referral, outcome))).isEqualTo("ACCEPTED");
        assertThat(state(referral)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "occurredAt now {0} minutes: {1}")
    @CsvSource(textBlock = """
            -44640, implausible-time
            -41760, ACCEPTED
            -1,     ACCEPTED
            2,      ACCEPTED
            10,     implausible-time
            525600, implausible-time
            """)
    void occurredAtMustBeWithin30DaysBackAnd5MinutesAhead(long minutes, String expected) {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        Instant occurredAt = Instant.now().plus(Duration.ofMinutes(minutes));
        Map<String, Object> feedback = at(event("FEEDBACK", null, Map.of("rating", 4)), occurredAt);
        Map<String, Object> registration = at(event("WORKER_REGISTERED", "w-t",
                worker(ID_NUMBERS.next(), "褚时间", EmploymentStatus.EMPLOYED)), occurredAt);

        assertThat(events.postOne(kiosk, feedback)).isEqualTo(expected);
        assertThat(events.postOne(kiosk, registration)).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_log WHERE event_id IN (?, ?)")
                .params(UUID.fromString((String) feedback.get("eventId")),
                        UUID.fromString((String) registration.get("eventId")))
                .query(Long.class).single()).isEqualTo(expected.equals("ACCEPTED") ? 2 : 0);
    }

    @ParameterizedTest(name = "token issued now {0} minutes: {1}")
    @CsvSource(textBlock = """
            -57600, implausible-time
            -14400, ACCEPTED
            -1,     ACCEPTED
            60,     implausible-time
            2628000, implausible-time
            """)
    void aSlipTokensIssuedAtMustBePlausibleToo(long minutes, String expected) {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        Instant issuedAt = Instant.now().plus(Duration.ofMinutes(minutes));
        String workerRef = register(kiosk);
        UUID referralId = UUID.randomUUID();

        String outcome = events.postOne(kiosk, event("REFERRAL_ISSUED", workerRef,
                Map.of("token", token(kiosk, referralId, issuedAt))));

        assertThat(outcome).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE id = ?").param(referralId).query(Long.class).single())
                .isEqualTo(expected.equals("ACCEPTED") ? 1 : 0);
    }

    @ParameterizedTest(name = "second terminal at the same station: {0}")
    @ValueSource(booleans = {true, false})
    void anEventIdUsedByAnotherTerminalIsRefusedNotDuplicate(boolean sameStation) {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(sameStation ? HOHHOT.code() : BAOTOU.code());
        UUID eventId = UUID.randomUUID();

        String original = events.postOne(first, event(eventId, "FEEDBACK", null, Map.of("rating", 5)));
        String reused = events.postOne(second, event(eventId, "FEEDBACK", null, Map.of("rating", 1)));
        String resent = events.postOne(first, event(eventId, "FEEDBACK", null, Map.of("rating", 5)));

        assertThat(original).isEqualTo("ACCEPTED");
        assertThat(reused).isEqualTo("event-id-taken");
        assertThat(resent).isEqualTo("DUPLICATE");
        assertThat(jdbc.sql("SELECT rating FROM feedback WHERE event_id = ?").param(eventId).query(Integer.class).list())
                .containsExactly(5);
        assertThat(jdbc.sql("SELECT terminal_id FROM event_log WHERE event_id = ?").param(eventId).query(String.class)
                .single()).isEqualTo(first.id());
    }

    @Test
    void theRefusalOfAReusedIdIsAProblemWithStatusAndDetail() {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(BAOTOU.code());
        UUID eventId = UUID.randomUUID();
        events.postOne(first, event(eventId, "FEEDBACK", null, Map.of("rating", 5)));

        var result = events.post(second, event(eventId, "FEEDBACK", null, Map.of("rating", 1)));

        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        assertThat(result.get("duplicates").asInt()).isZero();
        assertThat(result.get("results").get(0).get("problem").get("status").asInt()).isEqualTo(409);
        assertThat(result.get("results").get(0).get("problem").get("detail").asString()).contains("another terminal");
    }

    private static Map<String, Object> at(Map<String, Object> event, Instant occurredAt) {
        Map<String, Object> moved = new LinkedHashMap<>(event);
        moved.put("occurredAt", occurredAt.toString());
        return moved;
    }

    private static Map<String, Object> outcome(UUID referral, String outcome) {
        return event("REFERRAL_OUTCOME", null, Map.of("referralId", referral.toString(), "outcome", outcome));
    }

    private String register(TestTerminal kiosk) {
        String workerRef = "w-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(events.postOne(kiosk, event("WORKER_REGISTERED", workerRef,
                worker(ID_NUMBERS.next(), "褚官方", EmploymentStatus.UNEMPLOYED)))).isEqualTo("ACCEPTED");
        return workerRef;
    }

    private UUID issue(TestTerminal kiosk, Instant issuedAt) {
        UUID referralId = UUID.randomUUID();
        String outcome = events.postOne(kiosk, event("REFERRAL_ISSUED", register(kiosk),
                Map.of("token", token(kiosk, referralId, issuedAt))));
        assertThat(outcome).isEqualTo("ACCEPTED");
        return referralId;
    }

    private String token(TestTerminal kiosk, UUID referralId, Instant issuedAt) {
        HttpResult job = client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("官方数字测试岗位", "150102")));
        Instant issued = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        return ReferralTokenCodec.encode(new ReferralToken(referralId, kiosk.id(), job.json().get("id").asLong(), issued,
                issued.plus(Duration.ofDays(60))), kiosk.keys().getPrivate());
    }

    private String state(UUID referral) {
        return jdbc.sql("SELECT state FROM referral WHERE id = ?").param(referral).query(String.class).single();
    }
}
