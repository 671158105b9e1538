package org.lingong.platform.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.HeadlessChromium;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employer and operator pages in a real browser (headless chromium): an employer registers (a wrong credit code
 * is named beside its field) and posts two jobs; 包头's operator approves one, and a 包头 kiosk's next delta sync
 * carries it; the other is rejected and the employer reads the reason; 呼和浩特's operator sees neither. With
 * {@code -Dconsole.screenshots=DIR} every page is saved at desktop (1366) and phone (390) width.
 */
class ConsoleBrowserTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;

    private ConsoleSteps steps;
    private HeadlessChromium employer;
    private HeadlessChromium operator;

    @BeforeEach
    void browsers() {
        ConsolePeople.operator(accounts, "browser-baotou", "150200");
        ConsolePeople.operator(accounts, "browser-hohhot", "150100");
        steps = new ConsoleSteps(port);
        employer = HeadlessChromium.start(HeadlessChromium.DESKTOP);
        operator = HeadlessChromium.start(HeadlessChromium.DESKTOP);
    }

    @AfterEach
    void closeBrowsers() {
        // null when the set-up skipped the test (no chromium on this machine)
        if (employer != null) {
            employer.close();
        }
        if (operator != null) {
            operator.close();
        }
    }

    @Test
    void employerPostsOperatorApprovesKioskSyncsItAndARejectionShowsItsReason() {
        ChromeDriver e = employer.driver();
        open(e, "/employer/register");
        type(e, "companyName", "包头市昆区丰收农机服务队");
        type(e, "creditCode", "91150203MA0N00001X");
        type(e, "contactName", "赵队长");
        type(e, "phone", "13947201234");
        type(e, "username", "fengshou-browser");
        type(e, "password", ConsolePeople.PASSWORD);
        type(e, "password2", ConsolePeople.PASSWORD);
        submit(e);
        assertThat(e.findElement(By.id("creditCode-error")).getText()).contains("校验位不符");
        assertThat(e.findElement(By.id("companyName")).getAttribute("value")).isEqualTo("包头市昆区丰收农机服务队");
        shoot(employer, "employer-register-errors");
        type(e, "creditCode", ConsolePeople.CREDIT_CODES[6]);
        type(e, "password", ConsolePeople.PASSWORD);
        type(e, "password2", ConsolePeople.PASSWORD);
        submit(e);
        assertThat(e.findElement(By.id("registered")).getText()).contains("注册成功");
        shoot(employer, "login");

        logIn(e, "fengshou-browser");
        assertThat(e.getCurrentUrl()).endsWith("/employer/jobs");
        shoot(employer, "employer-jobs-empty");
        open(e, "/employer/jobs/new");
        shoot(employer, "employer-job-new");
        submit(e);
        assertThat(e.findElement(By.id("title-error")).getText()).contains("岗位名称");
        assertThat(e.findElement(By.id("districtCode-error")).getText()).contains("旗县区");
        shoot(employer, "employer-job-new-errors");
        fillJob(e, "玉米地收割（浏览器）", "35", "MU");
        submit(e);
        open(e, "/employer/jobs/new");
        fillJob(e, "夜间装车（浏览器）", "12", "HOUR");
        submit(e);
        assertThat(e.findElement(By.id("postings")).getText()).contains("玉米地收割（浏览器）").contains("待审核");

        TestTerminal kiosk = client.enroll(BAOTOU.code());
        String cursor = sync(kiosk, "0").json().get("nextCursor").asString();

        ChromeDriver o = operator.driver();
        logIn(o, "browser-hohhot");
        open(o, "/console/jobs");
        assertThat(o.findElement(By.tagName("main")).getText()).doesNotContain("玉米地收割（浏览器）");
        o.manage().deleteAllCookies();

        logIn(o, "browser-baotou");
        open(o, "/console");
        shoot(operator, "console-home");
        open(o, "/console/jobs");
        shoot(operator, "console-jobs");
        String approvePath = o.findElement(By.linkText("玉米地收割（浏览器）")).getAttribute("href");
        String rejectPath = o.findElement(By.linkText("夜间装车（浏览器）")).getAttribute("href");
        o.get(approvePath);
        shoot(operator, "console-job-review");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("approve"));
        assertThat(o.findElement(By.tagName("main")).getText()).contains("已通过");

        HttpResult feed = sync(kiosk, cursor);
        assertThat(feed.json().get("jobs").size()).isEqualTo(1);
        assertThat(feed.json().get("jobs").get(0).get("title").asString()).isEqualTo("玉米地收割（浏览器）");
        assertThat(feed.json().get("jobs").get(0).get("employer").asString()).isEqualTo("包头市昆区丰收农机服务队");

        o.get(rejectPath);
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("reject"));
        assertThat(o.findElement(By.id("reason-error")).getText()).contains("原因");
        shoot(operator, "console-job-reject-errors");
        type(o, "reason", "夜间作业须写明安全措施和加班费");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("reject"));
        assertThat(o.findElement(By.tagName("main")).getText()).contains("未通过");
        assertThat(sync(kiosk, feed.json().get("nextCursor").asString()).json().get("jobs").size()).isZero();

        open(e, "/employer/jobs");
        assertThat(e.findElement(By.id("postings")).getText()).contains("已通过").contains("原因：夜间作业须写明安全措施和加班费");
        shoot(employer, "employer-jobs");
        BrowserTestSupport.clickAndAwaitNewPage(e, By.cssSelector("#postings a[href$='/edit']"));
        shoot(employer, "employer-job-edit");

        o.manage().deleteAllCookies();
        logIn(o, "browser-hohhot");
        o.get(rejectPath);
        assertThat(o.findElement(By.tagName("h1")).getText()).isEqualTo("没有这个岗位");
    }

    @Test
    void stationsTerminalsAccountsAndAuditPagesOpenAndTheirFormsNameBadFields() {
        ChromeDriver o = operator.driver();
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        logIn(o, "browser-baotou");
        open(o, "/console/stations");
        assertThat(o.findElement(By.id("stations")).getText()).contains(BAOTOU.name());
        shoot(operator, "console-stations");
        open(o, "/console/stations/new");
        type(o, "code", "bad code");
        submit(o);
        assertThat(o.findElement(By.id("code-error")).isDisplayed()).isTrue();
        assertThat(o.findElement(By.id("districtCode-error")).isDisplayed()).isTrue();
        shoot(operator, "console-station-new-errors");
        open(o, "/console/stations/" + BAOTOU.code());
        shoot(operator, "console-station-edit");
        open(o, "/console/terminals");
        assertThat(o.findElement(By.id("terminals")).getText()).contains(kiosk.id()).contains("从未上线");
        shoot(operator, "console-terminals");
        new Select(o.findElement(By.id("state"))).selectByValue("REVOKED");
        submit(o);
        assertThat(o.findElement(By.id("terminals")).getText()).doesNotContain(kiosk.id());
        open(o, "/console/terminals/" + kiosk.id());
        shoot(operator, "console-terminal");
        BrowserTestSupport.clickAndAwaitNewPage(o, By.id("revoke"));
        assertThat(o.findElement(By.tagName("main")).getText()).contains("已停用");
        open(o, "/console/accounts");
        submit(o);
        assertThat(o.findElement(By.id("username-error")).isDisplayed()).isTrue();
        shoot(operator, "console-accounts");
        open(o, "/console/audit");
        assertThat(o.findElement(By.id("audit")).getText()).contains("terminal.revoke");
        shoot(operator, "console-audit");
    }

    private void open(ChromeDriver driver, String path) {
        steps.open(driver, path);
    }

    private void logIn(ChromeDriver driver, String username) {
        steps.logIn(driver, username);
    }

    private static void fillJob(ChromeDriver driver, String title, String pay, String unit) {
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2);
        type(driver, "title", title);
        new Select(driver.findElement(By.id("category"))).selectByValue("玉米收割工");
        new Select(driver.findElement(By.id("districtCode"))).selectByValue("150203");
        type(driver, "address", "昆都仑区卜尔汉图镇");
        type(driver, "payAmount", pay);
        new Select(driver.findElement(By.id("payUnit"))).selectByValue(unit);
        type(driver, "headcount", "8");
        setValue(driver, "startDate", start.toString());
        setValue(driver, "endDate", start.plusDays(10).toString());
        type(driver, "workHours", "06:00-18:00");
        driver.findElement(By.id("meals")).click();
    }

    private static void type(ChromeDriver driver, String id, String text) {
        ConsoleSteps.type(driver, id, text);
    }

    private static void setValue(ChromeDriver driver, String id, String value) {
        ConsoleSteps.setValue(driver, id, value);
    }

    private static void submit(ChromeDriver driver) {
        ConsoleSteps.submit(driver);
    }

    private HttpResult sync(TestTerminal kiosk, String cursor) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/jobs?since=" + cursor + "&limit=500", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result;
    }

    private void shoot(HeadlessChromium browser, String name) {
        steps.shoot(browser, name);
    }
}
