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

    private static String row(String page, UUID referral) {
        String cell = "<tr><td>" + referral.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "</td>";
        assertThat(page).contains(cell);
        String from = page.substring(page.indexOf(cell));
        return from.substring(0, from.indexOf("</tr>"));
    }

    private UUID issue(TestTerminal terminal) {
        long jobId = client.operator("POST", "/api/v1/operator/jobs",
                PlatformClient.json(Fixtures.job("车队页测试岗位", "150102"))).json().get("id").asLong();
        String ref = "w-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(events.postOne(terminal, event("WORKER_REGISTERED", ref,
                worker(ID_NUMBERS.next(), "周小明", EmploymentStatus.EMPLOYED)))).isEqualTo("ACCEPTED");
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = ReferralTokenCodec.encode(new ReferralToken(id, terminal.id(), jobId, now, now.plus(Duration.ofDays(1))),
                terminal.keys().getPrivate());
        assertThat(events.postOne(terminal, event("REFERRAL_ISSUED", ref, Map.of("token", token)))).isEqualTo("ACCEPTED");
        return id;
    }
}
