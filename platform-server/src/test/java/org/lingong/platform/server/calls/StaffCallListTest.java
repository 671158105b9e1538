package org.lingong.platform.server.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.accounts.NewAccount;
import org.lingong.platform.server.accounts.Role;
import org.lingong.platform.server.audit.AuditTrail;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 呼叫工作人员 in the console over real HTTP: a kiosk's call is listed for its region's operator and its station's
 * staff (not for another region), with the station, kiosk, time in the station's zone and minutes waited; 马上到 is
 * recorded once (a second answer changes nothing, one audit entry) and travels back in the kiosk's heartbeat answer;
 * a call whose session ended, or older than 30 minutes, is not listed.
 */
class StaffCallListTest extends PlatformHttpTest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    private ConsoleSession baotou;

    @BeforeEach
    void people() {
        ConsolePeople.operator(accounts, "calls-bt", "150200");
        ConsolePeople.operator(accounts, "calls-hh", "150100");
        if (!accounts.exists("calls-staff-bt")) {
            accounts.create("test", new NewAccount("calls-staff-bt", ConsolePeople.PASSWORD, Role.STATION_STAFF,
                    "昆区工作人员", null, BAOTOU.code(), null));
        }
        baotou = new ConsoleSession(port);
        baotou.logIn("calls-bt", ConsolePeople.PASSWORD);
    }

    @Test
    void aCallIsListedAcknowledgedOnceAndTheKioskHearsItInItsNextHeartbeat() {
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        UUID call = UUID.randomUUID();
        Instant calledAt = Instant.now().minus(Duration.ofMinutes(4));
        send(kiosk, event(call, "STAFF_CALLED", null, Map.of("screen", "FIND_JOB")), calledAt);

        String page = baotou.get("/console/calls").body();
        assertThat(row(page, call)).contains(BAOTOU.name(), kiosk.id(), HH_MM.format(calledAt), "4 分钟", "FIND_JOB",
                "确认，马上到");
        assertThat(heartbeat(kiosk)).as("nobody answered yet").doesNotContain(call.toString());
        ConsoleSession staff = new ConsoleSession(port);
        staff.logIn("calls-staff-bt", ConsolePeople.PASSWORD);
        assertThat(staff.get("/console/calls").body()).contains("id=\"call-" + call + "\"");
        ConsoleSession hohhot = new ConsoleSession(port);
        hohhot.logIn("calls-hh", ConsolePeople.PASSWORD);
        assertThat(hohhot.get("/console/calls").body()).doesNotContain(call.toString());
        assertThat(acknowledge(hohhot, call).status()).as("another region's call").isEqualTo(404);

        assertThat(acknowledge(baotou, call).status()).isEqualTo(303);
        assertThat(acknowledge(staff, call).status()).as("a second answer is harmless").isEqualTo(303);
        assertThat(row(baotou.get("/console/calls").body(), call)).contains("已确认马上到（calls-bt")
                .doesNotContain("确认，马上到</button>");
        assertThat(audit.latest("1502", 50)).filteredOn(e -> e.action().equals("staff-call.acknowledge")
                && e.target().equals("terminal:" + kiosk.id())).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("calls-bt"));
        assertThat(heartbeat(kiosk)).containsExactly(call.toString());
        TestTerminal otherKiosk = client.enroll(BAOTOU.code());
        assertThat(heartbeat(otherKiosk)).as("only the calling kiosk hears it").isEmpty();

        send(kiosk, event("STAFF_CALL_ENDED", null, Map.of("callEventId", call.toString())), Instant.now());
        assertThat(baotou.get("/console/calls").body()).doesNotContain(call.toString());
        assertThat(heartbeat(kiosk)).isEmpty();
        assertThat(acknowledge(baotou, call).status()).as("an ended call").isEqualTo(404);
    }

    @Test
    void aCallOlderThanHalfAnHourOrEndedIsNotListedAndTheApiAnswersLikeThePage() {
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        UUID old = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        send(kiosk, event(old, "STAFF_CALLED", null, Map.of("screen", "ATTRACT")), Instant.now().minus(Duration.ofMinutes(31)));
        send(kiosk, event(fresh, "STAFF_CALLED", null, Map.of("screen", "REFERRAL")), Instant.now());
        send(kiosk, event(ended, "STAFF_CALLED", null, Map.of("screen", "FIND_JOB")), Instant.now());
        send(kiosk, event("STAFF_CALL_ENDED", null, Map.of("callEventId", ended.toString())), Instant.now());

        PlatformClient api = new PlatformClient(port, "calls-bt", ConsolePeople.PASSWORD);
        List<String> listed = api.operator("GET", "/api/v1/operator/calls", null).json().valueStream()
                .map(c -> c.get("id").asString()).toList();
        assertThat(listed).contains(fresh.toString()).doesNotContain(old.toString(), ended.toString());
        assertThat(api.operator("POST", "/api/v1/operator/calls/" + old + "/acknowledgement", null).status())
                .isEqualTo(404);
        JsonNode first = api.operator("POST", "/api/v1/operator/calls/" + fresh + "/acknowledgement", null).json();
        JsonNode second = api.operator("POST", "/api/v1/operator/calls/" + fresh + "/acknowledgement", null).json();
        assertThat(first.get("acknowledged").asBoolean()).isTrue();
        assertThat(second.get("acknowledgedAt").asString()).isEqualTo(first.get("acknowledgedAt").asString());
        assertThat(second.get("acknowledgedBy").asString()).isEqualTo("calls-bt");
        assertThat(new PlatformClient(port, "calls-hh", ConsolePeople.PASSWORD)
                .operator("POST", "/api/v1/operator/calls/" + fresh + "/acknowledgement", null).status()).isEqualTo(404);
        assertThat(heartbeat(kiosk)).containsExactly(fresh.toString());
    }

    private void send(TestTerminal kiosk, Map<String, Object> event, Instant occurredAt) {
        event.put("occurredAt", occurredAt.toString());
        JsonNode result = client.signed(kiosk, "POST", "/api/v1/events:batch", PlatformClient.json(batch(event))).json();
        assertThat(result.get("accepted").asInt()).as(result.toString()).isEqualTo(1);
    }

    private List<String> heartbeat(TestTerminal kiosk) {
        return client.signed(kiosk, "POST", "/api/v1/heartbeats", PlatformClient.json(
                new Heartbeat("test-1.0", List.of(), 0, 0, 1_000_000, 0))).json().get("acknowledgedCalls")
                .valueStream().map(JsonNode::asString).toList();
    }

    private static ConsoleSession.Response acknowledge(ConsoleSession session, UUID call) {
        String token = ConsoleSession.csrfToken(session.get("/console/calls").body());
        return session.postForm("/console/calls/" + call + "/acknowledge", Map.of("_csrf", token), Map.of());
    }

    private static String row(String page, UUID call) {
        int start = page.indexOf("id=\"call-" + call + "\"");
        assertThat(start).as("call %s listed", call).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
