package org.lingong.platform.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

class FleetPageTest extends PlatformHttpTest {

    private ConsoleSession console;

    @BeforeEach
    void logIn() {
        console = new ConsoleSession(port);
        assertThat(console.logIn("operator", "test-operator").location()).endsWith("/fleet");
    }

    @Test
    void fleetPageShowsTheLatestHeartbeatOfEachTerminal() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(new Heartbeat("2.7.1",
                List.of(new DeviceReport("printer", DeviceState.PAPER_OUT, "<b>no paper</b>")), 42, 3600, 1L << 30, 0)));

        ConsoleSession.Response page = console.get("/fleet");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.result().contentType()).startsWith("text/html");
        assertThat(page.body()).contains(terminal.id(), BAOTOU.name(), "2.7.1", "printer=PAPER_OUT", "<td>42</td>",
                "1024 MiB", "今日推荐", "/fleet/terminals/" + terminal.id() + "/revoke").doesNotContain("demo-banner");
    }

    @Test
    void markupInStationNamesIsEscaped() {
        stations.save(new Station("NM-XSS-1", "<script>alert(1)</script>驿站", "1501",
                "150102", "测试"));
        client.enroll("NM-XSS-1");

        String body = console.get("/fleet").body();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;驿站").doesNotContain("<script>");
    }

    @Test
    void fleetPageNeedsALoggedInSession() {
        ConsoleSession stranger = new ConsoleSession(port);

        ConsoleSession.Response page = stranger.get("/fleet");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
