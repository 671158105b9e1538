package org.lingong.platform.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

class FleetReferralRowsTest extends PlatformHttpTest {

    private static final EventPoster.IdNumbers ID_NUMBERS = new EventPoster.IdNumbers("150204", 1966);

    private ConsoleSession console;
    private EventPoster events;

    @BeforeEach
    void logIn() {
        console = new ConsoleSession(port);
        assertThat(console.logIn("operator", "test-operator").location()).endsWith("/fleet");
        events = new EventPoster(client);
    }

    @Test
    void todaysReferralsShowAShortNumberAndTheirStateInWords() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        UUID open = issue(terminal);
        UUID cancelled = issue(terminal);
        assertThat(events.postOne(terminal, event("REFERRAL_OUTCOME", null,
                Map.of("referralId", cancelled.toString(), "outcome", "CANCELLED")))).isEqualTo("ACCEPTED");

        String page = console.get("/fleet").body();

        assertThat(row(page, open)).contains("<td>已开具</td>").doesNotContain("ISSUED");
        assertThat(row(page, cancelled)).contains("<td>已取消</td>").doesNotContain("CANCELLED");
        assertThat(page).as("no referral is named by its whole id")
                .doesNotContain(open.toString(), cancelled.toString());
    }

    @Test
    void aReferralReportedWithItsSlipNumberIsNamedByItAndAnOlderKiosksOneStillCounts() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        UUID numbered = issue(terminal, "TJ-20261205-0007");
        UUID older = issue(terminal);

        String page = console.get("/fleet").body();

        assertThat(row(page, "TJ-20261205-0007")).contains("<td>已开具</td>", "车队页测试岗位");
        assertThat(page).doesNotContain(numbered.toString().substring(0, 8).toUpperCase(Locale.ROOT));
        assertThat(row(page, older)).contains("<td>已开具</td>");
    }

    @Test
    void aMalformedSlipNumberIsRefusedInWordsAndNothingIsStored() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        String ref = registeredWorker(terminal);
        UUID id = UUID.randomUUID();

        String answer = events.postOne(terminal, event("REFERRAL_ISSUED", ref,
                Map.of("token", token(terminal, newJob(), id), "slipNumber", "TJ 1; <b>")));

        assertThat(answer).isEqualTo("invalid-value");
        assertThat(console.get("/fleet").body()).doesNotContain(id.toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private static String row(String page, UUID referral) {
        return row(page, referral.toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private static String row(String page, String name) {
        String cell = "<tr><td>" + name + "</td>";
        assertThat(page).contains(cell);
        String from = page.substring(page.indexOf(cell));
        return from.substring(0, from.indexOf("</tr>"));
    }

    /** As a kiosk older than {@code slipNumber} reports a slip: the token only. */
    private UUID issue(TestTerminal terminal) {
        return issue(terminal, null);
    }

    private UUID issue(TestTerminal terminal, String slipNumber) {
        long jobId = newJob();
        String ref = registeredWorker(terminal);
        UUID id = UUID.randomUUID();
        String token = token(terminal, jobId, id);
        Map<String, Object> payload = slipNumber == null ? Map.of("token", token)
                : Map.of("token", token, "slipNumber", slipNumber);
        assertThat(events.postOne(terminal, event("REFERRAL_ISSUED", ref, payload))).isEqualTo("ACCEPTED");
        return id;
    }

    private long newJob() {
        return client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("车队页测试岗位", "150102"))).json().get("id").asLong();
    }

    private String registeredWorker(TestTerminal terminal) {
        String ref = "w-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(events.postOne(terminal, event("WORKER_REGISTERED", ref,
                worker(ID_NUMBERS.next(), "周小明", EmploymentStatus.EMPLOYED)))).isEqualTo("ACCEPTED");
        return ref;
    }

    private static String token(TestTerminal terminal, long jobId, UUID id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return ReferralTokenCodec.encode(new ReferralToken(id, terminal.id(), jobId, now, now.plus(Duration.ofDays(1))),
                terminal.keys().getPrivate());
    }
}
