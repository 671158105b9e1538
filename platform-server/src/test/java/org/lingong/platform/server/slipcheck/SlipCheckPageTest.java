package org.lingong.platform.server.slipcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.IssuedSlips;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/** The slip check page over real HTTP: verdicts for anyone, 到岗 and outcomes once each for a signed-in person. */
class SlipCheckPageTest extends PlatformHttpTest {

    private IssuedSlips slips;
    private TestTerminal terminal;
    private long jobId;

    @BeforeEach
    void setUp() {
        slips = new IssuedSlips(client, new EventPoster.IdNumbers("150203", 1971));
        terminal = client.enroll(BAOTOU.code());
        jobId = slips.job("核验页测试岗位", "150203");
    }

    @Test
    void anyoneSeesAGenuineSlipWithItsJobAndTheWorkerMaskedButNoButtons() {
        String token = slip("赵小红");

        ConsoleSession.Response page = new ConsoleSession(port).get("/v/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"GENUINE\"", "真实有效", "核验页测试岗位", "赵*红", BAOTOU.name(), "已开具，待到岗",
                "name=\"viewport\"", "/v/" + token + "/login").doesNotContain("赵小红", "<form method=\"post\"", "demo-banner");
        assertThat(page.setCookie()).as("an anonymous look starts no session").isEmpty();
    }

    @Test
    void expiredForgedRevokedUnknownAndUnreadableSlipsSaySo() {
        Instant now = Instant.now();
        String expired = slips.issue(terminal, jobId, "钱小二", EmploymentStatus.EMPLOYED, now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)));
        KeyPair other = Ed25519Keys.generate();
        String forged = ReferralTokenCodec.assemble(ReferralTokenCodec.decode(slip("孙小三")).signedPayload(),
                org.lingong.platform.api.signing.RequestSigner.signBytes(other.getPrivate(), ReferralTokenCodec.decode(slip("李小四")).signedPayload()));
        ConsoleSession anyone = new ConsoleSession(port);

        assertThat(anyone.get("/v/" + expired).body()).contains("data-status=\"EXPIRED\"", "已过期", "钱*二");
        assertThat(anyone.get("/v/" + forged).body()).contains("data-status=\"FORGED\"", "伪造").doesNotContain("孙*三");
        assertThat(anyone.get("/v/LG1.!!!").status()).isEqualTo(400);
        assertThat(anyone.get("/v/LG1.AQID").body()).contains("data-status=\"MALFORMED\"", "无法识别");
        assertThat(anyone.get("/v/" + "LG1." + "A".repeat(900)).status()).isEqualTo(400);
        assertThat(anyone.get("/v/hello%3Cscript%3E").body()).contains("无法识别").doesNotContain("<script>");

        String beforeRevoke = slip("周小五");
        client.operator("POST", "/api/v1/operator/terminals/" + terminal.id() + "/revoke", new byte[0]);
        assertThat(anyone.get("/v/" + beforeRevoke).body()).contains("data-status=\"REVOKED\"", "已作废");
    }

    @Test
    void aSignedInPersonRecordsCheckInThenHiredOnceEach() {
        String token = slip("吴小六");
        ConsoleSession phone = new ConsoleSession(port);
        assertThat(phone.get("/v/" + token + "/login").location()).endsWith("/login");
        ConsoleSession.Response login = phone.logIn("operator", "test-operator");
        assertThat(login.location()).as("back to the slip after the login").contains("/v/" + token + "/login");
        assertThat(phone.get(login.location().replace("http://127.0.0.1:" + port, "")).location()).endsWith("/v/" + token);

        String page = phone.get("/v/" + token).body();
        assertThat(page).contains("id=\"slip-check-in\"", "id=\"slip-no-show\"").doesNotContain("id=\"slip-hired\"");
        String csrf = ConsoleSession.csrfToken(page);
        assertThat(tap(phone, token, "check-in", csrf).location()).endsWith("?r=recorded-check-in");
        assertThat(tap(phone, token, "check-in", csrf).location()).as("a second tap").endsWith("?r=already");

        page = phone.get("/v/" + token + "?r=recorded-check-in").body();
        assertThat(page).contains("已登记到岗", "<dd id=\"slip-state\">已到岗</dd>", "id=\"slip-hired\"", "id=\"slip-not-hired\"");
        assertThat(tap(phone, token, "hired", csrf).location()).endsWith("?r=recorded-hired");
        assertThat(tap(phone, token, "hired", csrf).location()).endsWith("?r=already");
        assertThat(tap(phone, token, "not-hired", csrf).location()).as("an outcome is never changed").endsWith("?r=not-now");
        assertThat(phone.get("/v/" + token).body()).contains("<dd id=\"slip-state\">已录用</dd>");

        String referrals = client.operator("GET", "/api/v1/operator/referrals", null).body();
        assertThat(referrals).contains("HIRED");
    }

    @Test
    void tapsWithoutLoginOrFormTokenOrOfUnknownKindChangeNothing() {
        String token = slip("郑小七");
        ConsoleSession anonymous = new ConsoleSession(port);
        assertThat(anonymous.postForm("/v/" + token + "/check-in", Map.of(), Map.of()).status()).isIn(302, 403);

        ConsoleSession phone = new ConsoleSession(port);
        phone.logIn("operator", "test-operator");
        String csrf = ConsoleSession.csrfToken(phone.get("/v/" + token).body());
        assertThat(phone.postForm("/v/" + token + "/check-in", Map.of(), Map.of()).status()).as("no CSRF token").isEqualTo(403);
        assertThat(phone.postForm("/v/" + token + "/check-in", Map.of("_csrf", csrf), Map.of("Origin", "https://evil.example"))
                .status()).as("cross-site").isEqualTo(403);
        assertThat(tap(phone, token, "promote", csrf).status()).isEqualTo(404);
        assertThat(tap(phone, "LG1.AQID", "check-in", csrf).location()).endsWith("?r=not-checkable");
        assertThat(tap(phone, token, "hired", csrf).location()).as("hired before 到岗").endsWith("?r=not-now");
        assertThat(phone.get("/v/" + token).body()).contains("<dd id=\"slip-state\">已开具，待到岗</dd>");
    }

    @Test
    void onlyPeopleOfTheSlipsRegionRecordOnItOrReadItsFigures(@Autowired AccountService accounts) {
        ConsolePeople.operator(accounts, "op-hohhot-slips", "150100");
        String token = slip("冯小八");
        ConsoleSession hohhot = new ConsoleSession(port);
        hohhot.logIn("op-hohhot-slips", ConsolePeople.PASSWORD);

        String page = hohhot.get("/v/" + token).body();
        assertThat(page).as("a 呼和浩特 operator sees the verdict of a 包头 slip").contains("真实有效")
                .doesNotContain("/check-in\"");
        String csrf = ConsoleSession.csrfToken(page);
        assertThat(tap(hohhot, token, "check-in", csrf).location()).endsWith("?r=not-yours");
        assertThat(hohhot.get("/v/" + token).body()).contains("<dd id=\"slip-state\">已开具，待到岗</dd>");

        assertThat(hohhot.get("/console/stats?region=1502").body()).as("包头's figures")
                .contains("不在您的地区").doesNotContain("包头市（1502）");
        assertThat(hohhot.get("/console/stats/export.xlsx?region=1502").status()).isEqualTo(400);
        assertThat(hohhot.get("/console/stats?station=" + BAOTOU.code()).status()).isEqualTo(400);
    }

    private String slip(String name) {
        Instant now = Instant.now();
        return slips.issue(terminal, jobId, name, EmploymentStatus.UNEMPLOYED, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
    }

    private static ConsoleSession.Response tap(ConsoleSession phone, String token, String action, String csrf) {
        return phone.postForm("/v/" + token + "/" + action, Map.of("_csrf", csrf), Map.of());
    }
}
