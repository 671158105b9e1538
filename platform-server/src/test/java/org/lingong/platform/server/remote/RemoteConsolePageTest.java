package org.lingong.platform.server.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.signing.RequestSigner;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.api.remote.OrdersSignature;
import org.lingong.platform.api.remote.RemoteOrders;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 远程配置 over real HTTP: an operator of the terminal's region edits its configuration and queues a command (audited,
 * bad values named beside their fields, CSRF required), another region's operator cannot; the heartbeat answer
 * carries both signed by the key given at enrollment, and the terminal's report shows on its detail page.
 */
class RemoteConsolePageTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;

    private ConsoleSession hohhot;
    private ConsoleSession baotou;
    private TestTerminal terminal;
    private String platformKey;
    private String page;

    @BeforeEach
    void operatorsAndTerminal() {
        ConsolePeople.operator(accounts, "rc-hohhot", "150100");
        ConsolePeople.operator(accounts, "rc-baotou", "150200");
        hohhot = new ConsoleSession(port);
        hohhot.logIn("rc-hohhot", ConsolePeople.PASSWORD);
        baotou = new ConsoleSession(port);
        baotou.logIn("rc-baotou", ConsolePeople.PASSWORD);
        terminal = enrollKeepingThePlatformKey();
        page = "/console/terminals/" + terminal.id() + "/remote";
    }

    @Test
    void anOperatorOfTheRegionConfiguresAndCommandsAndTheHeartbeatCarriesBothSigned() {
        ConsoleSession.Response bad = post(hohhot, page, page + "/settings",
                Map.of("idleTimeout", "9", "idleWarning", "abc", "paperWidth", "66", "logLevel", "LOUD"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"idleTimeout-error\"", "id=\"idleWarning-error\"", "id=\"paperWidth-error\"",
                "id=\"logLevel-error\"").contains("value=\"9\"");

        ConsoleSession.Response saved = post(hohhot, page, page + "/settings", Map.of("idleTimeout", "60",
                "stationName", "远程驿站", "serviceItems", "求职登记\r\n\r\n政策咨询", "paperWidth", "58", "nativeQr", "false"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("id=\"saved\"", "value=\"远程驿站\"");
        assertThat(post(hohhot, page, page + "/commands", Map.of("kind", "UPLOAD_DIAGNOSTICS")).status()).isEqualTo(303);
        assertThat(post(hohhot, page, page + "/commands", Map.of("kind", "FORMAT_DISK")).body()).contains("id=\"kind-error\"");
        assertThat(hohhot.get("/console/audit").body()).contains("terminal.settings", "terminal.command");

        JsonNode ack = heartbeat(new RemoteReport(0, null, List.of()));
        RemoteOrders orders = verified(ack);
        assertThat(orders.terminalId()).isEqualTo(terminal.id());
        assertThat(orders.settings().stationName()).isEqualTo("远程驿站");
        assertThat(orders.settings().serviceItems()).containsExactly("求职登记", "政策咨询");
        assertThat(orders.settings().paperWidth()).isEqualTo(58);
        assertThat(orders.settings().version()).isEqualTo(ack.get("configVersion").asLong());
        assertThat(orders.commands()).singleElement().satisfies(c -> assertThat(c.kind().name()).isEqualTo("UPLOAD_DIAGNOSTICS"));

        long version = orders.settings().version();
        JsonNode quiet = heartbeat(new RemoteReport(version, null, List.of(new org.lingong.platform.api.remote.CommandResult(
                orders.commands().get(0).id(), org.lingong.platform.api.remote.CommandOutcome.APPLIED, "diagnostic bundle #1"))));
        assertThat(quiet.has("orders")).as("applied and reported: nothing more to send").isFalse();
        assertThat(hohhot.get("/console/terminals/" + terminal.id()).body()).contains("v" + version + "（终端已应用：v" + version + "）");
        assertThat(hohhot.get(page).body()).contains("已执行", "diagnostic bundle #1");
    }

    @Test
    void anotherRegionsOperatorNeitherSeesNorChangesTheTerminalAndAFormWithoutTokenIsRefused() {
        assertThat(baotou.get(page).status()).isEqualTo(404);
        Map<String, String> form = new HashMap<>(Map.of("stationName", "别人的驿站"));
        form.put("_csrf", ConsoleSession.csrfToken(baotou.get("/console/terminals").body()));
        assertThat(baotou.postForm(page + "/settings", form, Map.of()).status()).isEqualTo(404);
        assertThat(hohhot.postForm(page + "/settings", Map.of("stationName", "无令牌"), Map.of()).status()).isEqualTo(403);

        JsonNode ack = heartbeat(new RemoteReport(0, null, List.of()));
        if (ack.has("orders")) { // only a default of the station (another test may have set one)
            assertThat(verified(ack).settings().stationName()).isNull();
        }
        assertThat(heartbeat(null).has("orders")).as("a kiosk without remote support gets none").isFalse();
    }

    @Test
    void aStationDefaultReachesItsTerminalsAndTheirRefusalIsShown() {
        String stationPage = "/console/stations/" + HOHHOT.code() + "/remote";
        assertThat(post(hohhot, stationPage, stationPage + "/settings", Map.of("logLevel", "DEBUG")).status()).isEqualTo(200);

        RemoteOrders orders = verified(heartbeat(new RemoteReport(0, null, List.of())));
        assertThat(orders.settings().logLevel()).isEqualTo("DEBUG");
        heartbeat(new RemoteReport(0, new org.lingong.platform.api.remote.ConfigRefusal(orders.settings().version(),
                "bad-signature"), List.of()));
        assertThat(hohhot.get("/console/terminals/" + terminal.id()).body()).contains("终端拒绝的配置", "bad-signature");
    }

    private JsonNode heartbeat(RemoteReport report) {
        var result = client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(
                new Heartbeat("3.1.0", List.of(), 0, 0, 1_000_000, 0, 0, List.of(), report)));
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.json();
    }

    /** The orders of an answer, checked with the key the platform hands out at enrollment. */
    private RemoteOrders verified(JsonNode ack) {
        SignedOrders signed = new SignedOrders(ack.get("orders").get("payload").asString(),
                ack.get("orders").get("signature").asString());
        byte[] payload = OrdersSignature.verifiedPayload(Ed25519Keys.decodePublicKey(platformKey), signed);
        assertThat(Base64.getUrlDecoder().decode(signed.payload())).isEqualTo(payload);
        return PlatformClient.JSON.readValue(payload, RemoteOrders.class);
    }

    /** Enrolls as a kiosk does and keeps the platform key the answer carries. */
    private TestTerminal enrollKeepingThePlatformKey() {
        String code = client.operator("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code()))).json().get("code").asString();
        KeyPair keys = Ed25519Keys.generate();
        HttpResult enrolled = client.send("POST", "/api/v1/enrollments", PlatformClient.json(new EnrollmentRequest(
                HOHHOT.code(), code, Ed25519Keys.encodePublicKey(keys.getPublic()), "test-1.0")), Map.of());
        assertThat(enrolled.status()).isEqualTo(201);
        platformKey = enrolled.json().get("platformKey").asString();
        String id = enrolled.json().get("terminalId").asString();
        return new TestTerminal(id, keys, new RequestSigner(id, keys.getPrivate()));
    }

    private static ConsoleSession.Response post(ConsoleSession session, String formPage, String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", ConsoleSession.csrfToken(session.get(formPage).body()));
        return session.postForm(action, form, Map.of());
    }
}
