package org.lingong.platform.server.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import tools.jackson.databind.JsonNode;

class ReferralFlowTest extends PlatformHttpTest {

    private static final AtomicInteger PERSON = new AtomicInteger(100);

    @Test
    void reportedReferralVerifiesGenuineWithMaskedWorker() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Slip slip = issue(terminal, EmploymentStatus.EMPLOYED, Duration.ofDays(2));

        JsonNode verdict = verify(slip.token());

        assertThat(verdict.get("status").asString()).isEqualTo("GENUINE");
        assertThat(verdict.get("workerName").asString()).isEqualTo("周*明");
        assertThat(verdict.get("jobTitle").asString()).isEqualTo("推荐测试岗位");
        assertThat(verdict.get("state").asString()).isEqualTo("ISSUED");
    }

    @Test
    void tokenStatesAreTold() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        long jobId = createJob();
        Slip expired = issueWith(terminal, jobId, EmploymentStatus.EMPLOYED, Instant.now().minus(Duration.ofDays(3)),
                Duration.ofDays(1));
        Slip cancelled = issue(terminal, EmploymentStatus.EMPLOYED, Duration.ofDays(1));
        postEvents(terminal, event("REFERRAL_OUTCOME", null, Map.of("referralId", cancelled.id().toString(), "outcome", "CANCELLED")));
        String neverReported = ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), terminal.id(), jobId,
                Instant.now(), Instant.now().plus(Duration.ofDays(1))), terminal.keys().getPrivate());
        String forged = ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), terminal.id(), jobId,
                Instant.now(), Instant.now().plus(Duration.ofDays(1))), Ed25519Keys.generate().getPrivate());
        String unknownTerminal = ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), "TUNKNOWN01", jobId,
                Instant.now(), Instant.now().plus(Duration.ofDays(1))), Ed25519Keys.generate().getPrivate());

        assertThat(verify(expired.token()).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(verify(cancelled.token()).get("status").asString()).isEqualTo("REVOKED");
        assertThat(verify(neverReported).get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(verify(forged).get("status").asString()).isEqualTo("FORGED");
        assertThat(verify(unknownTerminal).get("status").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void slipsOfARevokedTerminalVerifyRevoked() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Slip slip = issue(terminal, EmploymentStatus.EMPLOYED, Duration.ofDays(1));
        client.operator("POST", "/api/v1/operator/terminals/" + terminal.id() + "/revoke", null);

        assertThat(verify(slip.token()).get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void garbageTokenIsAProblemAndTerminalsMayVerifyToo() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Slip slip = issue(terminal, EmploymentStatus.EMPLOYED, Duration.ofDays(1));

        HttpResult garbage = client.operator("POST", "/api/v1/referrals/verify", PlatformClient.json(Map.of("token", "LG1.%%%")));
        HttpResult bySigned = client.signed(terminal, "POST", "/api/v1/referrals/verify",
                PlatformClient.json(Map.of("token", slip.token())));
        HttpResult anonymous = client.send("POST", "/api/v1/referrals/verify",
                PlatformClient.json(Map.of("token", slip.token())), Map.of());

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.reason()).isEqualTo("malformed-token");
        assertThat(bySigned.json().get("status").asString()).isEqualTo("GENUINE");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void checkInAndHireFeedThePolicyStatistics() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        Slip unemployed = issue(terminal, EmploymentStatus.UNEMPLOYED, Duration.ofDays(1));
        Slip hard = issue(terminal, EmploymentStatus.HARD_TO_EMPLOY, Duration.ofDays(1));
        Slip employed = issue(terminal, EmploymentStatus.EMPLOYED, Duration.ofDays(1));
        JsonNode before = todayStats();

        for (Slip slip : new Slip[] {unemployed, hard, employed}) {
            HttpResult checkIn = client.operator("POST", "/api/v1/operator/referrals/" + slip.id() + "/check-in",
                    PlatformClient.json(Map.of("recordedBy", "用工单位")));
            assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(204);
            HttpResult hired = client.operator("POST", "/api/v1/operator/referrals/" + slip.id() + "/outcome",
                    PlatformClient.json(Map.of("outcome", "HIRED", "recordedBy", "用工单位")));
            assertThat(hired.status()).as(hired.toString()).isEqualTo(204);
        }
        HttpResult again = client.operator("POST", "/api/v1/operator/referrals/" + hard.id() + "/outcome",
                PlatformClient.json(Map.of("outcome", "NOT_HIRED")));
        JsonNode after = todayStats();

        assertThat(again.status()).isEqualTo(409);
        assertThat(delta(before, after, "checkIns")).isEqualTo(3);
        assertThat(delta(before, after, "urbanNewEmployment")).isEqualTo(3);
        assertThat(delta(before, after, "unemployedReemployed")).isEqualTo(2);
        assertThat(delta(before, after, "hardToEmployEmployed")).isEqualTo(1);
        assertThat(after.get("registrations").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(verify(hard.token()).get("state").asString()).isEqualTo("HIRED");
    }

    @Test
    void tokenOfAnotherTerminalCannotBeReportedAsOwn() {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(HOHHOT.code());
        long jobId = createJob();
        registerWorker(second, "w-x", EmploymentStatus.EMPLOYED);
        String token = ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), first.id(), jobId, Instant.now(),
                Instant.now().plus(Duration.ofDays(1))), first.keys().getPrivate());

        JsonNode result = postEvents(second, event("REFERRAL_ISSUED", "w-x", Map.of("token", token)));

        assertThat(result.get("results").get(0).get("problem").get("reason").asString()).isEqualTo("token-terminal-mismatch");
    }

    @Test
    void aSecondReferralOfTheSameWorkerAndJobWhileTheFirstIsValidIsRefusedAsADuplicate() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        TestTerminal neighbour = client.enroll(HOHHOT.code());
        long jobId = createJob();
        long otherJob = createJob();
        String ref = "w-dup-" + UUID.randomUUID().toString().substring(0, 8);
        String id = registerWorker(kiosk, ref, EmploymentStatus.UNEMPLOYED);
        UUID first = UUID.randomUUID();
        assertThat(report(kiosk, ref, first, jobId, Instant.now(), Duration.ofDays(2)).get("accepted").asInt()).isEqualTo(1);

        JsonNode again = report(kiosk, ref, UUID.randomUUID(), jobId, Instant.now(), Duration.ofDays(2));
        assertThat(again.get("rejected").asInt()).isEqualTo(1);
        JsonNode problem = again.get("results").get(0).get("problem");
        assertThat(problem.get("reason").asString()).isEqualTo(ReferralService.ALREADY_REFERRED);
        assertThat(problem.get("detail").asString()).contains("duplicate referral", first.toString(), "job " + jobId);

        String neighbourRef = "w-dup-n-" + UUID.randomUUID().toString().substring(0, 8);
        registerWorkerWithId(neighbour, neighbourRef, id, EmploymentStatus.UNEMPLOYED);
        assertThat(report(neighbour, neighbourRef, UUID.randomUUID(), jobId, Instant.now(), Duration.ofDays(2))
                .get("results").get(0).get("problem").get("reason").asString())
                .as("the same person at another kiosk of the station").isEqualTo(ReferralService.ALREADY_REFERRED);
        assertThat(report(kiosk, ref, UUID.randomUUID(), otherJob, Instant.now(), Duration.ofDays(2)).get("accepted")
                .asInt()).as("another job").isEqualTo(1);

        postEvents(kiosk, event("REFERRAL_OUTCOME", null, Map.of("referralId", first.toString(), "outcome", "CANCELLED")));
        assertThat(report(kiosk, ref, UUID.randomUUID(), jobId, Instant.now(), Duration.ofDays(2)).get("accepted").asInt())
                .as("after the first was cancelled").isEqualTo(1);
    }

    @Test
    void aReferralAfterTheFirstExpiredIsAccepted() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        long jobId = createJob();
        String ref = "w-exp-" + UUID.randomUUID().toString().substring(0, 8);
        registerWorker(kiosk, ref, EmploymentStatus.EMPLOYED);
        assertThat(report(kiosk, ref, UUID.randomUUID(), jobId, Instant.now().minus(Duration.ofDays(3)), Duration.ofDays(1))
                .get("accepted").asInt()).isEqualTo(1);

        assertThat(report(kiosk, ref, UUID.randomUUID(), jobId, Instant.now(), Duration.ofDays(1)).get("accepted").asInt())
                .isEqualTo(1);
    }

    private JsonNode report(TestTerminal terminal, String ref, UUID id, long jobId, Instant issuedAt, Duration validity) {
        String token = ReferralTokenCodec.encode(new ReferralToken(id, terminal.id(), jobId,
                issuedAt.truncatedTo(ChronoUnit.SECONDS), issuedAt.plus(validity).truncatedTo(ChronoUnit.SECONDS)),
                terminal.keys().getPrivate());
        return postEvents(terminal, event("REFERRAL_ISSUED", ref, Map.of("token", token)));
    }

    @Test
    void kioskOfAnotherStationCannotReportAnOutcome() {
        TestTerminal issuer = client.enroll(HOHHOT.code());
        TestTerminal stranger = client.enroll(BAOTOU.code());
        Slip slip = issue(issuer, EmploymentStatus.EMPLOYED, Duration.ofDays(1));

        JsonNode result = postEvents(stranger, event("REFERRAL_OUTCOME", null,
                Map.of("referralId", slip.id().toString(), "outcome", "HIRED")));

        assertThat(result.get("results").get(0).get("problem").get("reason").asString()).isEqualTo("foreign-referral");
        assertThat(verify(slip.token()).get("state").asString()).isEqualTo("ISSUED");
    }

    private JsonNode todayStats() {
        LocalDate today = DbTime.statDay(Instant.now());
        HttpResult stats = client.operator("GET", "/api/v1/operator/stats/daily?from=" + today + "&to=" + today
                + "&station=" + BAOTOU.code(), null);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        JsonNode days = stats.json().get("days");
        return days.isEmpty() ? PlatformClient.JSON.createObjectNode() : days.get(0);
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong(0) - before.path(field).asLong(0);
    }

    private record Slip(UUID id, String token) {
    }

    private long createJob() {
        HttpResult job = client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("推荐测试岗位", "150102")));
        return job.json().get("id").asLong();
    }

    private Slip issue(TestTerminal terminal, EmploymentStatus status, Duration validity) {
        return issueWith(terminal, createJob(), status, Instant.now(), validity);
    }

    private Slip issueWith(TestTerminal terminal, long jobId, EmploymentStatus status, Instant issuedAt, Duration validity) {
        String ref = "w-" + UUID.randomUUID().toString().substring(0, 8);
        registerWorker(terminal, ref, status);
        UUID id = UUID.randomUUID();
        String token = ReferralTokenCodec.encode(new ReferralToken(id, terminal.id(), jobId,
                issuedAt.truncatedTo(ChronoUnit.SECONDS), issuedAt.plus(validity).truncatedTo(ChronoUnit.SECONDS)),
                terminal.keys().getPrivate());
        JsonNode result = postEvents(terminal, event("REFERRAL_ISSUED", ref, Map.of("token", token)));
        assertThat(result.get("accepted").asInt()).as(result.toString()).isEqualTo(1);
        return new Slip(id, token);
    }

    private String registerWorker(TestTerminal terminal, String ref, EmploymentStatus status) {
        String id = idNumber("150203198" + String.format("%08d", PERSON.incrementAndGet()).substring(0, 1) + "0101"
                + String.format("%03d", PERSON.get() % 1000));
        registerWorkerWithId(terminal, ref, id, status);
        return id;
    }

    private void registerWorkerWithId(TestTerminal terminal, String ref, String id, EmploymentStatus status) {
        JsonNode result = postEvents(terminal, event("WORKER_REGISTERED", ref, worker(id, "周小明", status)));
        assertThat(result.get("accepted").asInt()).as(result.toString()).isEqualTo(1);
    }

    private JsonNode postEvents(TestTerminal terminal, Object... events) {
        HttpResult result = client.signed(terminal, "POST", "/api/v1/events:batch", PlatformClient.json(batch(events)));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private JsonNode verify(String token) {
        HttpResult result = client.operator("POST", "/api/v1/referrals/verify", PlatformClient.json(Map.of("token", token)));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }
}
