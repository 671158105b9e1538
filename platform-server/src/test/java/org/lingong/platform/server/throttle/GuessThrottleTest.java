package org.lingong.platform.server.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Operator passwords and enrollment codes over real HTTP: a client gets three failed tries, then 429 before its
 * secret is checked; successes do not count; every failure is logged without the secret. Clients are told apart by
 * {@code X-Forwarded-For}, as behind the reverse proxy of a real deployment.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "platform.throttle.login.burst=3", "platform.throttle.login.refill-every=1h",
        "platform.throttle.enrollment.burst=3", "platform.throttle.enrollment.refill-every=1h",
        // this class is about the per-client throttle; the per-account lockout (AccountLockoutTest) would end it first
        "platform.accounts.lockout-after=1000"})
class GuessThrottleTest extends PlatformHttpTest {

    private static final String WRONG_PASSWORD = "wrong-password-7Hq2";
    private static final String WRONG_CODE = "ZZZZ-9QX7";

    @Test
    void aClientGetsThreeWrongPasswordsThenWaitsEvenWithTheRightOne(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("198.51.100.10", "operator", WRONG_PASSWORD).status()).isEqualTo(401);
        }

        HttpResult fourth = basic("198.51.100.10", "operator", WRONG_PASSWORD);
        HttpResult rightButLate = basic("198.51.100.10", "operator", "test-operator");
        HttpResult otherClient = basic("198.51.100.11", "operator", "test-operator");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.isProblem()).isTrue();
        assertThat(fourth.reason()).isEqualTo("too-many-attempts");
        assertThat(rightButLate.status()).isEqualTo(429);
        assertThat(otherClient.status()).isEqualTo(200);
        assertThat(output.getAll()).contains("Operator login failed (client 198.51.100.10, user 'operator', password not logged")
                .contains("Operator login refused before checking").doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void theRetryAfterHeaderTellsWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            basic("198.51.100.12", "nobody", WRONG_PASSWORD);
        }

        HttpResult refused = basic("198.51.100.12", "nobody", WRONG_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("detail").asString()).contains("retry in");
    }

    @Test
    void successfulLoginsNeverUseUpTheBurst() {
        for (int i = 0; i < 12; i++) {
            assertThat(basic("198.51.100.13", "operator", "test-operator").status()).as("request %d", i).isEqualTo(200);
        }
    }

    @Test
    void theConsoleLoginFormIsThrottledToo(CapturedOutput output) {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.14");
        ConsoleSession browser = new ConsoleSession(port);
        String token = ConsoleSession.csrfToken(browser.get("/login").body());
        Map<String, String> wrong = Map.of("username", "operator", "password", WRONG_PASSWORD, "_csrf", token);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.postForm("/login", wrong, from).location()).contains("/login?error");
        }

        ConsoleSession.Response fourth = browser.postForm("/login", wrong, from);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(output.getAll()).contains("client 198.51.100.14").doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void aClientGetsThreeWrongEnrollmentCodesThenWaitsAndTheCodeIsNeverLogged(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            assertThat(enroll("198.51.100.20", WRONG_CODE).status()).isEqualTo(403);
        }
        String realCode = client.operator("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code()))).json().get("code").asString();

        HttpResult refused = enroll("198.51.100.20", realCode);
        HttpResult otherClient = enroll("198.51.100.21", realCode);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.reason()).isEqualTo("too-many-attempts");
        assertThat(otherClient.status()).isEqualTo(201);
        assertThat(output.getAll()).contains("Enrollment failed (client 198.51.100.20")
                .contains("Enrollment refused for station " + HOHHOT.code()).doesNotContain(WRONG_CODE);
    }

    @Test
    void signedTerminalRequestsNeverMeetTheLoginGate() {
        TestTerminal terminal = client.enroll(BAOTOU.code());
        for (int i = 0; i < 4; i++) {
            basic("198.51.100.30", "operator", WRONG_PASSWORD);
        }

        HttpResult heartbeat = client.signed(terminal, "POST", "/api/v1/heartbeats",
                PlatformClient.json(new Heartbeat("1.0", List.of(), 0, 0, 0, 0)));

        assertThat(basic("198.51.100.30", "operator", "test-operator").status()).isEqualTo(429);
        assertThat(heartbeat.status()).isEqualTo(200);
    }

    private HttpResult basic(String clientAddress, String user, String password) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        headers.put("X-Forwarded-For", clientAddress);
        return client.send("GET", "/api/v1/operator/terminals", null, headers);
    }

    private HttpResult enroll(String clientAddress, String code) {
        return client.send("POST", "/api/v1/enrollments", PlatformClient.json(new EnrollmentRequest(HOHHOT.code(), code,
                Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()), "t")), Map.of("X-Forwarded-For", clientAddress));
    }
}
