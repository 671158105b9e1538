package org.lingong.platform.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.TestTerminal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * 呼叫工作人员 in a real browser (headless chromium): 包头's operator opens 呼叫 from the console's navigation, sees a
 * kiosk's call with its station and kiosk, answers 确认，马上到, and the row says who answered; the kiosk's next
 * heartbeat answer names the call. With {@code -Dconsole.screenshots=DIR} the page is saved at desktop and phone width.
 */
class StaffCallsBrowserTest extends OperatorBrowserTest {

    StaffCallsBrowserTest() {
        super("browser-calls");
    }

    @Test
    void operatorAnswersAKiosksCallAndTheKioskHearsIt() {
        ChromeDriver o = operator.driver();
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        UUID call = UUID.randomUUID();
        JsonNode sent = client.signed(kiosk, "POST", "/api/v1/events:batch", PlatformClient.json(
                batch(event(call, "STAFF_CALLED", null, Map.of("screen", "FIND_JOB"))))).json();
        assertThat(sent.get("accepted").asInt()).isEqualTo(1);

        steps.logIn(o, "browser-calls");
        steps.open(o, "/console");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.cssSelector(".top a[href='/console/calls']"));
        assertThat(o.findElement(By.tagName("h1")).getText()).isEqualTo("呼叫工作人员");
        String row = o.findElement(By.id("call-" + call)).getText();
        assertThat(row).contains(BAOTOU.name(), kiosk.id(), "FIND_JOB", "确认，马上到");
        steps.shoot(operator, "console-calls");

        BrowserTestSupport.clickAndAwaitNewPage(o, By.cssSelector("#call-" + call + " button.acknowledge"));
        assertThat(o.findElement(By.id("call-" + call)).getText()).contains("已确认马上到（browser-calls");
        steps.shoot(operator, "console-calls-acknowledged");
        JsonNode beat = client.signed(kiosk, "POST", "/api/v1/heartbeats", PlatformClient.json(
                new Heartbeat("test-1.0", List.of(), 0, 0, 1_000_000, 0))).json();
        assertThat(beat.get("acknowledgedCalls").valueStream().map(JsonNode::asString)).containsExactly(call.toString());
    }
}
