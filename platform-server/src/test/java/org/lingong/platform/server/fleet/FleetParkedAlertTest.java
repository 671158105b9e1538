package org.lingong.platform.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

class FleetParkedAlertTest extends PlatformHttpTest {

    @Test
    void parkedEventsOfATerminalAreAnAlertInWordsUnderItsRowUntilItReportsNoneAgain() {
        TestTerminal stuck = client.enroll(BAOTOU.code());
        TestTerminal fine = client.enroll(BAOTOU.code());
        heartbeat(fine, 0, List.of());
        int status = heartbeat(stuck, 3, List.of(new ParkedReport("WORKER_REGISTERED", "invalid-id-number", null),
                new ParkedReport("REFERRAL_ISSUED", "duplicate-referral", "TJ-20261205-0007")));
        assertThat(status).isEqualTo(200);

        String page = console().get("/fleet").body();

        String stuckRow = page.substring(page.indexOf(stuck.id()));
        assertThat(stuckRow.substring(0, stuckRow.indexOf("</tr>", stuckRow.indexOf("class=\"alert\""))))
                .contains("3 条事件被平台拒收", "求职登记：证件号码未通过平台校验", "推荐单 TJ-20261205-0007：重复报名");
        assertThat(page.split("class=\"alert\"", -1)).as("one alert row, for the stuck terminal only").hasSize(2);

        heartbeat(stuck, 0, List.of());
        assertThat(console().get("/fleet").body()).doesNotContain("被平台拒收");
    }

    @Test
    void parkedReportsThatAreNotPlainCodesAreRefused() {
        TestTerminal terminal = client.enroll(BAOTOU.code());

        assertThat(heartbeat(terminal, 1, List.of(new ParkedReport("WORKER_REGISTERED", "<b>x</b>", null))))
                .isEqualTo(400);
        assertThat(heartbeat(terminal, 1, List.of(new ParkedReport("REFERRAL_ISSUED", "unknown-job", "张三"))))
                .isEqualTo(400);
        assertThat(heartbeat(terminal, 0, List.of(new ParkedReport("REFERRAL_ISSUED", "unknown-job", null))))
                .as("more reports than parked events").isEqualTo(400);
        assertThat(heartbeat(terminal, -1, List.of())).isEqualTo(400);
    }

    private ConsoleSession console() {
        ConsoleSession console = new ConsoleSession(port);
        assertThat(console.logIn("operator", "test-operator").location()).endsWith("/fleet");
        return console;
    }

    private int heartbeat(TestTerminal terminal, int parked, List<ParkedReport> reports) {
        return client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(new Heartbeat("2.8.0",
                List.of(), parked, 0, 1L << 30, 0, parked, reports))).status();
    }
}
