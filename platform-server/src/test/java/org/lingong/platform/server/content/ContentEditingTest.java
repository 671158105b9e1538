package org.lingong.platform.server.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.audit.AuditTrail;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Content pushed down from the console over real HTTP: an operator's edit reaches a kiosk of the region in its next
 * content fetch (and not before), every change raises the version and is audited, another region's operator can
 * neither see nor change it (page and API), and bad input is named beside its field.
 */
class ContentEditingTest extends PlatformHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    private ConsoleSession baotou;

    @BeforeEach
    void operators() {
        ConsolePeople.operator(accounts, "content-bt", "150200");
        ConsolePeople.operator(accounts, "content-hh", "150100");
        baotou = new ConsoleSession(port);
        baotou.logIn("content-bt", ConsolePeople.PASSWORD);
    }

    @Test
    void aKioskOfTheRegionGetsAnEditedCourseAndLiveSessionInItsNextFetchAndARemovalToo() {
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        TestTerminal hohhotKiosk = client.enroll(HOHHOT.code());
        JsonNode before = bundle(kiosk);

        assertThat(save(baotou, "courses", null, course("包头电焊工培训班")).status()).isEqualTo(303);
        long course = idOf(baotou, "courses", "包头电焊工培训班");
        JsonNode created = bundle(kiosk);
        assertThat(titles(created, "trainingCourses")).contains("包头电焊工培训班");
        assertThat(created.get("version").asLong()).isGreaterThan(before.get("version").asLong());
        assertThat(titles(bundle(hohhotKiosk), "trainingCourses")).doesNotContain("包头电焊工培训班");

        Map<String, String> edited = course("包头电焊工培训班（第二期）");
        assertThat(titles(bundle(kiosk), "trainingCourses")).as("not before the edit").doesNotContain("包头电焊工培训班（第二期）");
        assertThat(save(baotou, "courses", course, edited).status()).isEqualTo(303);
        awaitContentPending(kiosk, created.get("version").asLong());
        JsonNode afterEdit = bundle(kiosk);
        assertThat(titles(afterEdit, "trainingCourses")).contains("包头电焊工培训班（第二期）").doesNotContain("包头电焊工培训班");
        assertThat(afterEdit.get("version").asLong()).isGreaterThan(created.get("version").asLong());

        assertThat(save(baotou, "live", null, live("昆区直播带岗专场", "https://live.example.cn/room/8")).status()).isEqualTo(303);
        JsonNode session = item(bundle(kiosk), "liveSessions", "昆区直播带岗专场");
        assertThat(session.get("streamUrl").asString()).isEqualTo("https://live.example.cn/room/8");
        assertThat(session.get("channel").asString()).isEqualTo("抖音");

        JsonNode beforeRemoval = bundle(kiosk);
        assertThat(baotou.postForm("/console/content/courses/" + course + "/delete",
                Map.of("_csrf", csrf(baotou, "/console/content/courses/" + course)), Map.of()).status()).isEqualTo(303);
        JsonNode removed = bundle(kiosk);
        assertThat(titles(removed, "trainingCourses")).doesNotContain("包头电焊工培训班（第二期）");
        assertThat(removed.get("version").asLong()).isGreaterThan(beforeRemoval.get("version").asLong());
        assertThat(audit.latest("1502", 50)).extracting(e -> e.actor() + " " + e.action() + " " + e.target())
                .contains("content-bt content.create content:" + course, "content-bt content.update content:" + course,
                        "content-bt content.remove content:" + course);
    }

    @Test
    void anOperatorOfBaotouCannotSeeOrChangeHohhotContentOnThePagesOrTheApi() {
        ConsoleSession hohhot = new ConsoleSession(port);
        hohhot.logIn("content-hh", ConsolePeople.PASSWORD);
        assertThat(save(hohhot, "fairs", null, fair("新城区春风行动招聘会")).status()).isEqualTo(303);
        long fair = idOf(hohhot, "fairs", "新城区春风行动招聘会");

        assertThat(baotou.get("/console/content/fairs").body()).doesNotContain("新城区春风行动招聘会");
        assertThat(baotou.get("/console/content/fairs/" + fair).status()).isEqualTo(404);
        String token = ConsoleSession.csrfToken(baotou.get("/console/content/fairs/new").body());
        Map<String, String> form = fair("被改掉的招聘会");
        form.put("_csrf", token);
        assertThat(baotou.postForm("/console/content/fairs/" + fair, form, Map.of()).status()).isEqualTo(404);
        assertThat(baotou.postForm("/console/content/fairs/" + fair + "/delete", Map.of("_csrf", token), Map.of()).status())
                .isEqualTo(404);
        form.put("region", "1501");
        ConsoleSession.Response elsewhere = baotou.postForm("/console/content/fairs", form, Map.of());
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("id=\"region-error\"");
        assertThat(hohhot.get("/console/content/fairs/" + fair).body()).contains("新城区春风行动招聘会");

        PlatformClient baotouApi = new PlatformClient(port, "content-bt", ConsolePeople.PASSWORD);
        assertThat(baotouApi.operator("GET", "/api/v1/operator/content/fairs/" + fair, null).status()).isEqualTo(404);
        assertThat(baotouApi.operator("GET", "/api/v1/operator/content/fairs", null).body()).doesNotContain("新城区春风行动招聘会");
        assertThat(baotouApi.operator("PUT", "/api/v1/operator/content/fairs/" + fair,
                PlatformClient.json(fair("被改掉的招聘会"))).status()).isEqualTo(404);
        assertThat(baotouApi.operator("DELETE", "/api/v1/operator/content/fairs/" + fair, null).status()).isEqualTo(404);
        assertThat(baotouApi.operator("POST", "/api/v1/operator/content/fairs", PlatformClient.json(fair("别处的招聘会")))
                .body()).contains("invalid-content", "region: ");
        assertThat(baotouApi.operator("PUT", "/api/v1/operator/regions/1501/contact-policy",
                "{\"contactPolicy\":\"GATED\"}".getBytes()).status()).isEqualTo(404);
        assertThat(baotou.get("/console/content/contact-policy").body()).contains("policy.1502").doesNotContain("policy.1501");
    }

    @Test
    void badInputIsNamedBesideItsFieldAndAFormWithoutItsTokenIsRefused() {
        Map<String, String> form = live("", "http://live.example.cn/room/1");
        form.put("startsAt", "明天上午");
        ConsoleSession.Response answer = save(baotou, "live", null, form);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"title-error\"", "id=\"streamUrl-error\">直播链接必须以 https:// 开头",
                "id=\"startsAt-error\"").contains("http://live.example.cn/room/1");
        assertThat(save(baotou, "live", null, live("x", "javascript:alert(1)")).body()).contains("id=\"streamUrl-error\"");
        assertThat(save(baotou, "live", null, live("x", "https://")).body()).contains("id=\"streamUrl-error\"");

        Map<String, String> course = course("日期颠倒的培训");
        course.put("endDate", TODAY.minusDays(3).toString());
        assertThat(save(baotou, "courses", null, course).body()).contains("id=\"endDate-error\">结束不能早于开始");

        assertThat(baotou.postForm("/console/content/courses", course("没有令牌"), Map.of()).status()).isEqualTo(403);
        assertThat(baotou.get("/console/content/courses").body()).doesNotContain("没有令牌");
    }

    @Test
    void announcementsLeaveTheBundleAfterTheirLastDayAndTheContactPolicyFormReachesKiosks() {
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        assertThat(save(baotou, "announcements", null, announcement("今日有效的公告", TODAY)).status()).isEqualTo(303);
        assertThat(save(baotou, "announcements", null, announcement("昨天截止的公告", TODAY.minusDays(1))).status()).isEqualTo(303);
        JsonNode bundle = bundle(kiosk);
        assertThat(titles(bundle, "announcements")).contains("今日有效的公告").doesNotContain("昨天截止的公告");
        assertThat(item(bundle, "announcements", "今日有效的公告").get("validUntil").asString()).isEqualTo(TODAY.toString());

        String token = csrf(baotou, "/console/content/contact-policy");
        ConsoleSession.Response gated = baotou.postForm("/console/content/contact-policy",
                Map.of("_csrf", token, "policy.1502", "GATED"), Map.of());
        assertThat(gated.body()).contains("id=\"saved\"");
        assertThat(bundle(kiosk).get("contactPolicy").asString()).isEqualTo("GATED");
        assertThat(baotou.postForm("/console/content/contact-policy", Map.of("_csrf", token, "policy.1502", "SOMETIMES"),
                Map.of()).body()).contains("id=\"policy.1502-error\"");
        baotou.postForm("/console/content/contact-policy", Map.of("_csrf", token, "policy.1502", "OPEN"), Map.of());
        assertThat(bundle(kiosk).get("contactPolicy").asString()).isEqualTo("OPEN");
        assertThat(audit.latest("1502", 20)).extracting(e -> e.action()).contains("content.contact-policy");
    }

    /** The kiosk's heartbeat, holding {@code version}, is told new content waits (the version a heartbeat reports is
     * cached for up to a second per instance, so this waits for that, at most five seconds). */
    private void awaitContentPending(TestTerminal kiosk, long version) {
        byte[] beat = PlatformClient.json(new Heartbeat("test-1.0", java.util.List.of(), 0, 0, 1_000_000, version, 0,
                java.util.List.of()));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!client.signed(kiosk, "POST", "/api/v1/heartbeats", beat).json().get("contentPending").asBoolean()) {
            assertThat(System.nanoTime()).as("heartbeat says contentPending within 5 s").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(100).toNanos());
        }
    }

    private JsonNode bundle(TestTerminal kiosk) {
        return client.signed(kiosk, "GET", "/api/v1/content", null).json();
    }

    private static java.util.List<String> titles(JsonNode bundle, String list) {
        return bundle.get(list).valueStream().map(n -> n.get("title").asString()).toList();
    }

    private static JsonNode item(JsonNode bundle, String list, String title) {
        return bundle.get(list).valueStream().filter(n -> n.get("title").asString().equals(title)).findFirst().orElseThrow();
    }

    private static ConsoleSession.Response save(ConsoleSession session, String section, Long id, Map<String, String> form) {
        Map<String, String> posted = new LinkedHashMap<>(form);
        posted.put("_csrf", csrf(session, "/console/content/" + section + "/new"));
        return session.postForm("/console/content/" + section + (id == null ? "" : "/" + id), posted, Map.of());
    }

    private static String csrf(ConsoleSession session, String page) {
        return ConsoleSession.csrfToken(session.get(page).body());
    }

    private static long idOf(ConsoleSession session, String section, String title) {
        Matcher m = Pattern.compile("href=\"/console/content/" + section + "/(\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(session.get("/console/content/" + section).body());
        assertThat(m.find()).as("%s listed", title).isTrue();
        return Long.parseLong(m.group(1));
    }

    static Map<String, String> course(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", "1502");
        form.put("title", title);
        form.put("organizer", "包头市职业技能培训中心");
        form.put("location", "昆都仑区钢铁大街");
        form.put("startDate", TODAY.plusDays(3).toString());
        form.put("endDate", TODAY.plusDays(20).toString());
        form.put("subsidised", "on");
        form.put("detail", "40学时，免费");
        return form;
    }

    static Map<String, String> live(String title, String url) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", "1502");
        form.put("title", title);
        form.put("organizer", "昆都仑区测试零工驿站");
        form.put("location", "抖音");
        form.put("streamUrl", url);
        form.put("startsAt", TODAY.plusDays(1) + "T19:30");
        form.put("endsAt", TODAY.plusDays(1) + "T21:00");
        form.put("detail", "20个岗位在线推介");
        return form;
    }

    private static Map<String, String> fair(String title) {
        Map<String, String> form = live(title, "");
        form.put("region", "1501");
        form.remove("streamUrl");
        form.put("location", "新城区人力资源市场");
        return form;
    }

    private static Map<String, String> announcement(String title, LocalDate lastDay) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", "1502");
        form.put("title", title);
        form.put("startDate", lastDay.minusDays(5).toString());
        form.put("endDate", lastDay.toString());
        form.put("detail", "公告内容");
        return form;
    }
}
