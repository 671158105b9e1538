package org.lingong.platform.server.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.jobs.JobService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Employer self-posting and the operators' review over real HTTP: a job reaches a kiosk's delta sync only after an
 * operator of its region approves it; 呼和浩特's operator can neither see nor approve a 包头 job (page and API);
 * rejection shows its reason; editing sends an approved job back to review and out of the feed; jobs that ended leave.
 */
class EmployerVettingTest extends PlatformHttpTest {

    private static final Pattern POSTING_ID = Pattern.compile("id=\"posting-(\\d+)\"");

    @Autowired
    AccountService accounts;
    @Autowired
    JobService jobs;

    private ConsoleSession employer;

    @BeforeEach
    void people() {
        ConsolePeople.operator(accounts, "op-baotou", "150200");
        ConsolePeople.operator(accounts, "op-hohhot", "150100");
        employer = new ConsoleSession(port);
    }

    @Test
    void aBadCreditCodeIsNamedBesideItsFieldAndNothingIsRegistered() {
        Map<String, String> form = ConsolePeople.registration("包头测试农机合作社", "91150203MA0N00001X", "bad-code-co");
        ConsoleSession.Response answer = register(employer, form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"creditCode-error\">校验位不符").contains("包头测试农机合作社")
                .doesNotContain(ConsolePeople.PASSWORD);
        assertThat(accounts.exists("bad-code-co")).isFalse();
    }

    @Test
    void everyFieldOfAnEmptyJobFormGetsItsMessageAndNoServerError() {
        signUp(employer, 1, "empty-form-co");
        String page = employer.get("/employer/jobs/new").body();
        ConsoleSession.Response answer = employer.postForm("/employer/jobs",
                Map.of("_csrf", ConsoleSession.csrfToken(page), "payAmount", "abc", "headcount", "-3", "startDate", "2026-02-30"),
                Map.of());

        assertThat(answer.status()).isEqualTo(400);
        for (String field : new String[] {"title", "category", "districtCode", "address", "payAmount", "payUnit",
            "headcount", "startDate", "endDate", "workHours"}) {
            assertThat(answer.body()).as(field).contains("id=\"" + field + "-error\"");
        }
    }

    @Test
    void onlyAnOperatorOfTheJobsRegionSeesAndApprovesItThenKiosksOfThatRegionGetIt() {
        signUp(employer, 2, "baotou-farm");
        long posting = post(employer, ConsolePeople.job("秋收玉米地收割", "150203"));
        TestTerminal baotouKiosk = client.enroll(BAOTOU.code());
        String cursor = sync(baotouKiosk, "0").get("nextCursor").asString();

        ConsoleSession hohhot = operator("op-hohhot");
        assertThat(hohhot.get("/console/jobs").body()).doesNotContain("秋收玉米地收割");
        assertThat(hohhot.get("/console/jobs/" + posting).status()).isEqualTo(404);
        String anyPage = hohhot.get("/console/jobs").body();
        assertThat(hohhot.postForm("/console/jobs/" + posting + "/approve",
                Map.of("_csrf", ConsoleSession.csrfToken(anyPage)), Map.of()).status()).isEqualTo(404);
        PlatformClient hohhotApi = new PlatformClient(port, "op-hohhot", ConsolePeople.PASSWORD);
        assertThat(hohhotApi.operator("POST", "/api/v1/operator/postings/" + posting + "/approve", null).status()).isEqualTo(404);
        assertThat(hohhotApi.operator("GET", "/api/v1/operator/postings", null).body()).doesNotContain("秋收玉米地收割");
        assertThat(sync(baotouKiosk, cursor).get("jobs").size()).as("not in the feed before approval").isZero();

        ConsoleSession baotou = operator("op-baotou");
        String detail = baotou.get("/console/jobs/" + posting).body();
        assertThat(detail).contains("秋收玉米地收割").contains("35 元/亩").contains("待审核");
        assertThat(baotou.postForm("/console/jobs/" + posting + "/approve", Map.of("_csrf", ConsoleSession.csrfToken(detail)),
                Map.of()).status()).isEqualTo(303);

        JsonNode feed = sync(baotouKiosk, cursor);
        assertThat(feed.get("jobs").size()).isEqualTo(1);
        assertThat(feed.get("jobs").get(0).get("title").asString()).isEqualTo("秋收玉米地收割");
        assertThat(feed.get("jobs").get(0).get("payUnit").asString()).isEqualTo("MU");
        assertThat(employer.get("/employer/jobs").body()).contains("已通过");
    }

    @Test
    void rejectionNeedsAReasonAndTheEmployerSeesIt() {
        signUp(employer, 3, "reject-me");
        long posting = post(employer, ConsolePeople.job("夜班装卸", "150203"));
        ConsoleSession baotou = operator("op-baotou");
        String detail = baotou.get("/console/jobs/" + posting).body();

        ConsoleSession.Response empty = baotou.postForm("/console/jobs/" + posting + "/reject",
                Map.of("_csrf", ConsoleSession.csrfToken(detail), "reason", "  "), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"reason-error\"");

        baotou.postForm("/console/jobs/" + posting + "/reject",
                Map.of("_csrf", ConsoleSession.csrfToken(detail), "reason", "工资低于当地最低标准"), Map.of());
        assertThat(employer.get("/employer/jobs").body()).contains("未通过").contains("原因：工资低于当地最低标准");
    }

    @Test
    void editingAnApprovedJobTakesItOutOfTheFeedUntilReapproved() {
        signUp(employer, 4, "edit-after");
        long posting = post(employer, ConsolePeople.job("剪羊毛", "150203"));
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        ConsoleSession baotou = operator("op-baotou");
        approve(baotou, posting);
        JsonNode before = sync(kiosk, "0");
        String cursor = before.get("nextCursor").asString();

        Map<String, String> changed = new HashMap<>(ConsolePeople.job("剪羊毛（加人）", "150203"));
        String editPage = employer.get("/employer/jobs/" + posting + "/edit").body();
        assertThat(editPage).contains("重新审核");
        changed.put("_csrf", ConsoleSession.csrfToken(editPage));
        assertThat(employer.postForm("/employer/jobs/" + posting, changed, Map.of()).status()).isEqualTo(303);

        JsonNode after = sync(kiosk, cursor);
        assertThat(after.get("jobs").size()).isZero();
        assertThat(after.get("tombstones").size()).isEqualTo(1);
        assertThat(employer.get("/employer/jobs").body()).contains("待审核");
        approve(baotou, posting);
        assertThat(sync(kiosk, after.get("nextCursor").asString()).get("jobs").get(0).get("title").asString())
                .isEqualTo("剪羊毛（加人）");
    }

    @Test
    void jobsThatEndedLeaveTheFeed() {
        signUp(employer, 5, "ends-soon");
        long posting = post(employer, ConsolePeople.job("短期搬运", "150203"));
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        approve(operator("op-baotou"), posting);
        String cursor = sync(kiosk, "0").get("nextCursor").asString();

        int expired = jobs.expireEnded(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30));

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(sync(kiosk, cursor).get("tombstones").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEmployerCannotOpenTheConsoleNorAnotherEmployersJob() {
        signUp(employer, 6, "nosy-co");
        assertThat(employer.get("/console/jobs").status()).isEqualTo(403);
        assertThat(employer.get("/employer/jobs/999999/edit").status()).isEqualTo(404);
    }

    private void approve(ConsoleSession operator, long posting) {
        String detail = operator.get("/console/jobs/" + posting).body();
        assertThat(operator.postForm("/console/jobs/" + posting + "/approve",
                Map.of("_csrf", ConsoleSession.csrfToken(detail)), Map.of()).status()).isEqualTo(303);
    }

    private JsonNode sync(TestTerminal terminal, String cursor) {
        HttpResult result = client.signed(terminal, "GET", "/api/v1/jobs?since=" + cursor + "&limit=500", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private ConsoleSession operator(String username) {
        ConsoleSession session = new ConsoleSession(port);
        assertThat(session.logIn(username, ConsolePeople.PASSWORD).location()).endsWith("/fleet");
        return session;
    }

    private static ConsoleSession.Response register(ConsoleSession session, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("_csrf", ConsoleSession.csrfToken(session.get("/employer/register").body()));
        return session.postForm("/employer/register", withToken, Map.of());
    }

    private static void signUp(ConsoleSession session, int code, String username) {
        ConsoleSession.Response registered = register(session, ConsolePeople.registration("测试用工单位" + code,
                ConsolePeople.CREDIT_CODES[code - 1], username));
        assertThat(registered.status()).as(registered.body()).isEqualTo(303);
        assertThat(session.logIn(username, ConsolePeople.PASSWORD).location()).endsWith("/employer/jobs");
    }

    private static long post(ConsoleSession session, Map<String, String> job) {
        Map<String, String> form = new HashMap<>(job);
        form.put("_csrf", ConsoleSession.csrfToken(session.get("/employer/jobs/new").body()));
        ConsoleSession.Response posted = session.postForm("/employer/jobs", form, Map.of());
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        Matcher id = POSTING_ID.matcher(session.get("/employer/jobs").body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
