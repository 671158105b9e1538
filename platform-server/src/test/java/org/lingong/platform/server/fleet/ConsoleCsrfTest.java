package org.lingong.platform.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/** The console's revoke button over real HTTP: only a form from the console's own page, in a session, revokes. */
class ConsoleCsrfTest extends PlatformHttpTest {

    private ConsoleSession console;
    private TestTerminal terminal;

    @BeforeEach
    void logInAndEnroll() {
        console = new ConsoleSession(port);
        ConsoleSession.Response login = console.logIn("operator", "test-operator");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/fleet");
        assertThat(login.setCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        terminal = client.enroll(HOHHOT.code());
    }

    @Test
    void theRevokeButtonOfTheFleetPageRevokes() {
        String page = console.get("/fleet").body();

        ConsoleSession.Response revoked = console.postForm(revokePath(), Map.of("_csrf", ConsoleSession.csrfToken(page)),
                Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"));

        assertThat(revoked.status()).isEqualTo(303);
        assertThat(heartbeat().reason()).isEqualTo("revoked-terminal");
        assertThat(console.get("/fleet").body()).contains("已停用");
    }

    @Test
    void aBodylessPostWithTheSessionButNoTokenIsRefused() {
        ConsoleSession.Response attempt = console.postEmpty(revokePath(), Map.of());

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(attempt.result().isProblem()).isTrue();
        assertThat(heartbeat().status()).isEqualTo(200);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithAValidToken() {
        String token = ConsoleSession.csrfToken(console.get("/fleet").body());

        ConsoleSession.Response attempt = console.postForm(revokePath(), Map.of("_csrf", token),
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));

        assertThat(attempt.status()).isEqualTo(403);
        assertThat(attempt.result().reason()).isEqualTo("cross-site-request");
        assertThat(heartbeat().status()).isEqualTo(200);
    }

    @Test
    void operatorPasswordsOnTheConsoleArePostedWithTheLoginFormsTokenOnly() {
        ConsoleSession stranger = new ConsoleSession(port);

        ConsoleSession.Response withoutToken = stranger.postForm("/login",
                Map.of("username", "operator", "password", "test-operator"), Map.of());
        ConsoleSession.Response basicOnConsole = stranger.postEmpty(revokePath(),
                Map.of("Authorization", client.operatorAuthorization()));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(basicOnConsole.status()).isEqualTo(403);
        assertThat(heartbeat().status()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSession() {
        String token = ConsoleSession.csrfToken(console.get("/fleet").body());

        assertThat(console.postForm("/logout", Map.of("_csrf", token), Map.of()).status()).isEqualTo(302);

        assertThat(console.get("/fleet").status()).isEqualTo(302);
    }

    private String revokePath() {
        return "/fleet/terminals/" + terminal.id() + "/revoke";
    }

    private HttpResult heartbeat() {
        return client.signed(terminal, "POST", "/api/v1/heartbeats",
                PlatformClient.json(new Heartbeat("1.0", List.of(), 0, 0, 0, 0)));
    }
}
