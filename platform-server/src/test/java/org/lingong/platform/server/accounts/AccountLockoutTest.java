package org.lingong.platform.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Five wrong passwords in a row lock an account (form and HTTP Basic alike), the right one then fails too. */
@TestPropertySource(properties = "platform.accounts.lockout-after=5")
class AccountLockoutTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysSo() {
        ConsolePeople.operator(accounts, "lock-me", "150200");
        ConsoleSession browser = new ConsoleSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.logIn("lock-me", "not-the-password").location()).endsWith("/login?error");
        }

        ConsoleSession.Response right = browser.logIn("lock-me", ConsolePeople.PASSWORD);

        assertThat(right.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("账户已锁定");
        assertThat(new PlatformClient(port, "lock-me", ConsolePeople.PASSWORD)
                .operator("GET", "/api/v1/operator/postings", null).status()).isEqualTo(401);
        assertThat(accounts.isLocked(accounts.find("lock-me").orElseThrow())).isTrue();
    }

    @Test
    void aRightPasswordBeforeTheFifthStartsTheCountAgain() {
        ConsolePeople.operator(accounts, "careful", "150200");
        ConsoleSession browser = new ConsoleSession(port);
        for (int i = 0; i < 4; i++) {
            browser.logIn("careful", "not-the-password");
        }
        assertThat(browser.logIn("careful", ConsolePeople.PASSWORD).location()).endsWith("/fleet");
        for (int i = 0; i < 4; i++) {
            new ConsoleSession(port).logIn("careful", "not-the-password");
        }
        assertThat(new ConsoleSession(port).logIn("careful", ConsolePeople.PASSWORD).location()).endsWith("/fleet");
    }

    @Test
    void anOperatorUnlocksAnAccountOfTheRegionAndItIsAudited() {
        ConsolePeople.operator(accounts, "locked-out", "150203");
        ConsolePeople.operator(accounts, "boss-1502", "150200");
        for (int i = 0; i < 5; i++) {
            new ConsoleSession(port).logIn("locked-out", "nope-nope-nope");
        }
        ConsoleSession boss = new ConsoleSession(port);
        boss.logIn("boss-1502", ConsolePeople.PASSWORD);
        String page = boss.get("/console/accounts").body();
        assertThat(page).contains("已锁定");

        boss.postForm("/console/accounts/locked-out/unlock", Map.of("_csrf", ConsoleSession.csrfToken(page)), Map.of());

        assertThat(new ConsoleSession(port).logIn("locked-out", ConsolePeople.PASSWORD).location()).endsWith("/fleet");
        assertThat(boss.get("/console/audit").body()).contains("account.lock").contains("account.unlock");
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefused() {
        ConsolePeople.operator(accounts, "csrf-op", "150200");
        ConsoleSession operator = new ConsoleSession(port);
        operator.logIn("csrf-op", ConsolePeople.PASSWORD);

        ConsoleSession.Response forged = operator.postForm("/console/stations",
                Map.of("code", "NM-FORGED", "name", "伪造", "districtCode", "150203", "address", "x", "_csrf", "made-up"), Map.of());
        ConsoleSession.Response registerWithout = new ConsoleSession(port).postForm("/employer/register",
                ConsolePeople.registration("无令牌公司", ConsolePeople.CREDIT_CODES[0], "no-token"), Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(registerWithout.status()).isEqualTo(403);
        assertThat(accounts.exists("no-token")).isFalse();
    }
}
