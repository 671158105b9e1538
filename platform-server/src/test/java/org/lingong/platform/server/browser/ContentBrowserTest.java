package org.lingong.platform.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.browser.ConsoleSteps.setValue;
import static org.lingong.platform.server.browser.ConsoleSteps.submit;
import static org.lingong.platform.server.browser.ConsoleSteps.type;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.lingong.platform.server.testing.TestTerminal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * Content pushed down, in a real browser (headless chromium): 包头's operator reaches 信息发布 from the console's
 * navigation, creates and edits a training course and a 直播带岗 session (an http link is named beside its field),
 * and a 包头 kiosk's next content fetch carries both; the other content pages, the contact policy, the password
 * page and the fleet page open. With {@code -Dconsole.screenshots=DIR} every page is saved at desktop and phone width.
 */
class ContentBrowserTest extends OperatorBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    ContentBrowserTest() {
        super("browser-content");
    }

    @Test
    void operatorEditsACourseAndALiveSessionAndAKioskContentFetchCarriesThem() {
        ChromeDriver o = operator.driver();
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        steps.logIn(o, "browser-content");
        steps.open(o, "/console");
        steps.shoot(operator, "console-home");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.cssSelector(".top a[href='/console/content']"));
        assertThat(o.findElement(By.tagName("h1")).getText()).isEqualTo("培训课程");
        steps.shoot(operator, "console-content-courses");

        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("new-item"));
        submit(o);
        assertThat(o.findElement(By.id("title-error")).isDisplayed()).isTrue();
        assertThat(o.findElement(By.id("startDate-error")).isDisplayed()).isTrue();
        steps.shoot(operator, "console-content-course-errors");
        type(o, "title", "包头焊工培训（浏览器）");
        type(o, "organizer", "包头市职业技能培训中心");
        type(o, "location", "昆都仑区钢铁大街");
        setValue(o, "startDate", TODAY.plusDays(3).toString());
        setValue(o, "endDate", TODAY.plusDays(20).toString());
        o.findElement(By.id("subsidised")).click();
        type(o, "detail", "40学时，政府补贴");
        submit(o);
        assertThat(titles(bundle(kiosk), "trainingCourses")).contains("包头焊工培训（浏览器）");

        BrowserTestSupport.clickAndAwaitNewPage(o, By.linkText("包头焊工培训（浏览器）"));
        steps.shoot(operator, "console-content-course-edit");
        type(o, "title", "包头焊工培训第二期（浏览器）");
        submit(o);
        assertThat(o.findElement(By.id("items")).getText()).contains("包头焊工培训第二期（浏览器）");
        assertThat(titles(bundle(kiosk), "trainingCourses")).contains("包头焊工培训第二期（浏览器）")
                .doesNotContain("包头焊工培训（浏览器）");

        steps.open(o, "/console/content/live/new");
        type(o, "title", "昆区直播带岗（浏览器）");
        type(o, "organizer", BAOTOU.name());
        type(o, "location", "抖音");
        type(o, "streamUrl", "http://live.example.cn/room/9");
        setValue(o, "startsAt", TODAY.plusDays(1) + "T19:30");
        setValue(o, "endsAt", TODAY.plusDays(1) + "T21:00");
        submit(o);
        assertThat(o.findElement(By.id("streamUrl-error")).getText()).contains("https://");
        steps.shoot(operator, "console-content-live-errors");
        type(o, "streamUrl", "https://live.example.cn/room/9");
        submit(o);
        steps.shoot(operator, "console-content-live");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.linkText("昆区直播带岗（浏览器）"));
        type(o, "detail", "30个岗位在线推介");
        submit(o);
        JsonNode live = bundle(kiosk).get("liveSessions").valueStream()
                .filter(s -> s.get("title").asString().equals("昆区直播带岗（浏览器）")).findFirst().orElseThrow();
        assertThat(live.get("streamUrl").asString()).isEqualTo("https://live.example.cn/room/9");
        assertThat(live.get("detail").asString()).isEqualTo("30个岗位在线推介");

        for (String section : new String[] {"fairs", "services", "announcements", "policies"}) {
            steps.open(o, "/console/content/" + section);
            steps.shoot(operator, "console-content-" + section);
            BrowserTestSupport.clickAndAwaitNewPage(o, By.id("new-item"));
            steps.shoot(operator, "console-content-" + section + "-new");
        }
        steps.open(o, "/console/content/contact-policy");
        steps.shoot(operator, "console-content-contact-policy");
        steps.open(o, "/account/password");
        type(o, "current", "wrong-password");
        submit(o);
        assertThat(o.findElement(By.id("current-error")).isDisplayed()).isTrue();
        steps.shoot(operator, "account-password-errors");
        steps.open(o, "/fleet");
        steps.shoot(operator, "fleet");
    }

    @Test
    void operatorWritesAPolicyPageWithItsFullTextLinkAndAKioskContentFetchCarriesIt() {
        ChromeDriver o = operator.driver();
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        steps.logIn(o, "browser-content");
        steps.open(o, "/console/content");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.linkText("政策"));
        assertThat(o.findElement(By.tagName("h1")).getText()).isEqualTo("政策");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("new-item"));
        type(o, "title", "包头创业担保贷款（浏览器）");
        type(o, "fullTextUrl", "http://rsj.baotou.gov.cn/loan");
        submit(o);
        assertThat(o.findElement(By.id("summary-error")).isDisplayed()).isTrue();
        assertThat(o.findElement(By.id("fullTextUrl-error")).getText()).contains("https://");
        steps.shoot(operator, "console-content-policy-errors");
        type(o, "summary", "想自己开店、办厂的，可以申请最多30万元的贷款，政府贴息。");
        type(o, "whoQualifies", "登记失业人员、返乡创业农民工");
        type(o, "whatToBring", "身份证、营业执照、创业计划");
        type(o, "whereToGo", "包头市就业服务中心 创业窗口");
        type(o, "fullTextUrl", "https://rsj.baotou.gov.cn/loan");
        submit(o);
        assertThat(o.findElement(By.id("items")).getText()).contains("包头创业担保贷款（浏览器）", "包头市就业服务中心 创业窗口");
        steps.shoot(operator, "console-content-policies");

        JsonNode page = bundle(kiosk).get("policies").valueStream()
                .filter(p -> p.get("title").asString().equals("包头创业担保贷款（浏览器）")).findFirst().orElseThrow();
        assertThat(page.get("whatToBring").asString()).isEqualTo("身份证、营业执照、创业计划");
        assertThat(page.get("fullTextUrl").asString()).isEqualTo("https://rsj.baotou.gov.cn/loan");

        BrowserTestSupport.clickAndAwaitNewPage(o, By.linkText("包头创业担保贷款（浏览器）"));
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("delete"));
        assertThat(o.findElement(By.id("items")).getText()).doesNotContain("包头创业担保贷款（浏览器）");
        assertThat(titles(bundle(kiosk), "policies")).doesNotContain("包头创业担保贷款（浏览器）");
    }

    private JsonNode bundle(TestTerminal kiosk) {
        return client.signed(kiosk, "GET", "/api/v1/content", null).json();
    }

    private static java.util.List<String> titles(JsonNode bundle, String list) {
        return bundle.get(list).valueStream().map(n -> n.get("title").asString()).toList();
    }
}
