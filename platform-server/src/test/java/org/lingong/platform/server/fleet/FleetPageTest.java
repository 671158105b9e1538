package org.lingong.platform.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

class FleetPageTest extends PlatformHttpTest {

    @Test
    void fleetPageShowsTheLatestHeartbeatOfEachTerminal() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(new Heartbeat("2.7.1",
                List.of(new DeviceReport("printer", DeviceState.PAPER_OUT, "<b>no paper</b>")), 42, 3600, 1L << 30, 0)));

        HttpResult page = client.operator("GET", "/fleet", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains(terminal.id(), BAOTOU.name(), "2.7.1", "printer=PAPER_OUT", "<td>42</td>",
                "1024 MiB", "今日推荐");
    }

    @Test
    void markupInStationNamesIsEscaped() {
        stations.save(new Station("NM-XSS-1", "<script>alert(1)</script>驿站", "1501",
                "150102", "测试"));
        client.enroll("NM-XSS-1");

        String body = client.operator("GET", "/fleet", null).body();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;驿站").doesNotContain("<script>");
    }

    @Test
    void fleetPageNeedsOperatorCredentials() {
        assertThat(client.send("GET", "/fleet", null, Map.of()).status()).isEqualTo(401);
    }
}
