package org.lingong.platform.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.audit.AuditTrail;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 修改密码 over real HTTP for station staff (any signed-in account): the current password must match, the new one
 * follows the registration rule twice alike; the old one stops working, the change is audited; a wrong current
 * password counts towards the lockout like a wrong login.
 */
class PasswordChangeTest extends PlatformHttpTest {

    private static final String NEW_PASSWORD = "a-new-password-2";

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    @Test
    void staffChangeTheirPasswordAndOnlyTheNewOneSignsInAfterwards() {
        staff("pw-staff");
        ConsoleSession staff = new ConsoleSession(port);
        staff.logIn("pw-staff", ConsolePeople.PASSWORD);
        assertThat(staff.get("/console").body()).contains("href=\"/account/password\"");

        ConsoleSession.Response changed = change(staff, ConsolePeople.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).isEqualTo(303);
        assertThat(staff.get(changed.location().replaceFirst("^https?://[^/]+", "")).body()).contains("id=\"changed\"");
        assertThat(new ConsoleSession(port).logIn("pw-staff", ConsolePeople.PASSWORD).location()).endsWith("/login?error");
        assertThat(new ConsoleSession(port).logIn("pw-staff", NEW_PASSWORD).location()).doesNotContain("error");
        assertThat(audit.latest("15", 50)).extracting(e -> e.actor() + " " + e.action() + " " + e.target())
                .contains("pw-staff account.password account:pw-staff");
        assertThat(audit.latest("15", 50)).allSatisfy(e -> assertThat(e.detail()).doesNotContain(NEW_PASSWORD));
    }

    @Test
    void eachWrongFieldIsNamedAndNothingChanges() {
        staff("pw-wrong");
        ConsoleSession staff = new ConsoleSession(port);
        staff.logIn("pw-wrong", ConsolePeople.PASSWORD);

        assertThat(change(staff, "not-my-password", NEW_PASSWORD, NEW_PASSWORD).body()).contains("id=\"current-error\"");
        assertThat(accounts.find("pw-wrong").orElseThrow().failedLogins()).as("counts like a wrong login").isEqualTo(1);
        assertThat(change(staff, ConsolePeople.PASSWORD, "short-11chr", "short-11chr").body())
                .contains("id=\"password-error\">密码至少12位");
        ConsoleSession.Response mismatch = change(staff, ConsolePeople.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"password2-error\"").doesNotContain(NEW_PASSWORD);
        assertThat(change(staff, ConsolePeople.PASSWORD, ConsolePeople.PASSWORD, ConsolePeople.PASSWORD).body())
                .contains("id=\"password-error\">新密码不能与当前密码相同");

        assertThat(new ConsoleSession(port).logIn("pw-wrong", ConsolePeople.PASSWORD).location()).doesNotContain("error");
        assertThat(staff.postForm("/account/password", Map.of("current", ConsolePeople.PASSWORD, "password", NEW_PASSWORD,
                "password2", NEW_PASSWORD), Map.of()).status()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void theRuleIsTheRegistrationRule() {
        assertThat(PasswordPolicy.check(Role.EMPLOYER, "ten-chars!", "ten-chars!")).isEmpty();
        assertThat(PasswordPolicy.check(Role.OPERATOR, "ten-chars!", "ten-chars!")).containsKey("password");
        assertThat(PasswordPolicy.check(Role.STATION_STAFF, "twelve-chars", "twelve-charz")).containsKey("password2");
    }

    private void staff(String username) {
        if (!accounts.exists(username)) {
            accounts.create("test", new NewAccount(username, ConsolePeople.PASSWORD, Role.STATION_STAFF, "测试工作人员", null,
                    HOHHOT.code(), null));
        }
    }

    private static ConsoleSession.Response change(ConsoleSession session, String current, String password, String again) {
        String token = ConsoleSession.csrfToken(session.get("/account/password").body());
        return session.postForm("/account/password", Map.of("_csrf", token, "current", current, "password", password,
                "password2", again), Map.of());
    }
}
