package org.lingong.platform.server.slipcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.token.ReferralLink;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.testing.BrowserTestSupport;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.IssuedSlips;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * An employer's phone in a real browser (headless chromium, 390 × 844): the slip's QR link opens the check page
 * (genuine), the employer logs in, taps 到岗 and then 录用; the dashboard and its Excel export show the hire. A forged
 * and an expired slip show their states. Screenshots of every page, phone and desktop, in docs/screenshots/console/.
 */
class SlipCheckBrowserTest extends PlatformHttpTest {

    private ChromeDriver phone;
    private ChromeDriver desktop;
    private IssuedSlips slips;
    private TestTerminal terminal;
    private long jobId;

    @BeforeEach
    void setUp() {
        BrowserTestSupport.requireBrowser();
        slips = new IssuedSlips(client, new EventPoster.IdNumbers("150203", 1975));
        terminal = client.enroll(BAOTOU.code());
        jobId = slips.job("羊绒厂分拣工", "150203");
        phone = BrowserTestSupport.phone();
        desktop = BrowserTestSupport.desktop(1280, 1500);
    }

    @AfterEach
    void quit() {
        if (phone != null) {
            phone.quit();
        }
        if (desktop != null) {
            desktop.quit();
        }
    }

    @Test
    void anEmployerChecksInAndHiresFromThePhoneAndTheFiguresShowTheHire() throws Exception {
        String month = YearMonth.from(DbTime.statDay(Instant.now())).toString();
        String dashboard = base() + "/console/stats?region=1502&month=" + month;
        logIn(desktop, dashboard);
        long hiresBefore = hiresOn(desktop);
        Instant now = Instant.now();
        String token = slips.issue(terminal, jobId, "韩小梅", EmploymentStatus.UNEMPLOYED, now.minusSeconds(60),
                now.plus(Duration.ofDays(2)));
        String link = ReferralLink.of(base(), token);

        phone.get(link);
        assertThat(status(phone)).isEqualTo("GENUINE");
        assertThat(phone.findElement(By.id("slip-job")).getText()).isEqualTo("羊绒厂分拣工");
        assertThat(phone.findElement(By.id("slip-worker")).getText()).isEqualTo("韩*梅");
        assertThat(phone.getPageSource()).doesNotContain("韩小梅");
        assertThat(fitsPhoneWidth(phone)).as("no sideways scrolling on the phone").isTrue();
        BrowserTestSupport.screenshot(phone, "slip-genuine-phone");

        phone.findElement(By.id("slip-login")).click();
        BrowserTestSupport.awaitUrl(phone, url -> url.endsWith("/login"));
        BrowserTestSupport.screenshot(phone, "login-phone");
        phone.findElement(By.id("username")).sendKeys("operator");
        phone.findElement(By.id("password")).sendKeys("test-operator");
        phone.findElement(By.cssSelector("button[type=submit]")).click();
        BrowserTestSupport.awaitText(phone, By.id("slip-viewer"), "已登录：operator");
        assertThat(phone.getCurrentUrl()).as("back on the slip after the login").isEqualTo(link);
        BrowserTestSupport.screenshot(phone, "slip-signed-in-phone");

        phone.findElement(By.id("slip-check-in")).click();
        BrowserTestSupport.awaitText(phone, By.id("slip-state"), "已到岗");
        BrowserTestSupport.awaitText(phone, By.id("slip-result"), "已登记到岗。");
        BrowserTestSupport.screenshot(phone, "slip-checked-in-phone");
        phone.findElement(By.id("slip-hired")).click();
        BrowserTestSupport.awaitText(phone, By.id("slip-state"), "已录用");
        assertThat(phone.findElements(By.cssSelector("#slip-actions button"))).as("nothing left to tap").isEmpty();
        BrowserTestSupport.screenshot(phone, "slip-hired-phone");
        phone.get(link);
        BrowserTestSupport.awaitText(phone, By.id("slip-state"), "已录用");

        kioskReportsStationServices(month);
        desktop.get(dashboard);
        assertThat(hiresOn(desktop)).isEqualTo(hiresBefore + 1);
        assertThat(desktop.findElement(By.id("chart-days")).getSize().getWidth()).isGreaterThan(600);
        BrowserTestSupport.screenshot(desktop, "stats-dashboard-desktop");
        byte[] workbook = download(desktop, desktop.findElement(By.id("export-xlsx")).getDomAttribute("href"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat((long) book.getSheet("汇总").getRow(3 + org.lingong.platform.server.figures.Figure.HIRES.ordinal())
                    .getCell(1).getNumericCellValue()).isEqualTo(hiresBefore + 1);
        }
        byte[] pdf = download(desktop, desktop.findElement(By.id("report-pdf")).getDomAttribute("href"));
        try (PDDocument report = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(report).renderImageWithDPI(0, 80), "png",
                    BrowserTestSupport.SCREENSHOTS.resolve("stats-report-pdf-page1.png").toFile());
            ImageIO.write(new PDFRenderer(report).renderImageWithDPI(1, 80), "png",
                    BrowserTestSupport.SCREENSHOTS.resolve("stats-report-pdf-page2.png").toFile());
        }
        phone.get(dashboard);
        logIn(phone, dashboard);
        assertThat(hiresOn(phone)).isEqualTo(hiresBefore + 1);
        BrowserTestSupport.screenshot(phone, "stats-dashboard-phone");

        desktop.get(link);
        assertThat(status(desktop)).isEqualTo("GENUINE");
        BrowserTestSupport.screenshot(desktop, "slip-hired-desktop");
    }

    @Test
    void aForgedAndAnExpiredSlipShowTheirStates() {
        Instant now = Instant.now();
        String expired = slips.issue(terminal, jobId, "曹小兰", EmploymentStatus.EMPLOYED, now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(1)));
        String genuine = slips.issue(terminal, jobId, "彭小竹", EmploymentStatus.EMPLOYED, now.minusSeconds(60),
                now.plus(Duration.ofDays(1)));
        String forged = ReferralTokenCodec.assemble(ReferralTokenCodec.decode(genuine).signedPayload(), new byte[64]);

        phone.get(ReferralLink.of(base(), forged));
        assertThat(status(phone)).isEqualTo("FORGED");
        assertThat(phone.findElements(By.id("slip-details"))).isEmpty();
        BrowserTestSupport.screenshot(phone, "slip-forged-phone");
        phone.get(ReferralLink.of(base(), expired));
        assertThat(status(phone)).isEqualTo("EXPIRED");
        assertThat(phone.findElement(By.id("slip-worker")).getText()).isEqualTo("曹*兰");
        BrowserTestSupport.screenshot(phone, "slip-expired-phone");
        phone.get(base() + "/v/not-a-slip");
        assertThat(status(phone)).isEqualTo("MALFORMED");
        BrowserTestSupport.screenshot(phone, "slip-unreadable-phone");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void logIn(ChromeDriver browser, String then) {
        browser.get(then);
        if (browser.getCurrentUrl().endsWith("/login")) {
            browser.findElement(By.id("username")).sendKeys("operator");
            browser.findElement(By.id("password")).sendKeys("test-operator");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            BrowserTestSupport.awaitUrl(browser, url -> !url.endsWith("/login"));
        }
        browser.get(then);
    }

    private static String status(ChromeDriver browser) {
        return browser.findElement(By.id("slip-status")).getDomAttribute("data-status");
    }

    private static long hiresOn(ChromeDriver browser) {
        return Long.parseLong(browser.findElement(By.cssSelector("#total-hires b")).getText().strip());
    }

    private static boolean fitsPhoneWidth(ChromeDriver browser) {
        Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
        return ((Number) scrollWidth).intValue() <= BrowserTestSupport.PHONE_WIDTH;
    }

    /** Fetches a link of the page with the browser's session cookie. */
    private byte[] download(ChromeDriver browser, String href) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + href.replace("&amp;", "&")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(BrowserTestSupport.SCREENSHOTS);
        return response.body();
    }

    /** The station services of the day as the kiosk reports them, so that the dashboard's pictures show them too. */
    private void kioskReportsStationServices(String month) {
        String today = DbTime.statDay(Instant.now()).toString();
        JsonNode sent = new EventPoster(client).post(terminal,
                Fixtures.event("VISIT_COUNT", null, Map.of("day", today, "visits", 12, "identified", 9,
                        "searched", 7, "referred", 3, "printed", 2, "tiles", Map.of("FIND_JOB", 7))),
                Fixtures.event("FEEDBACK", null, Map.of("rating", 5)),
                Fixtures.event("FEEDBACK", null, Map.of("rating", 4)),
                Fixtures.event("FEEDBACK", null, Map.of("rating", 5)),
                Fixtures.event("STAFF_CALLED", null, Map.of("screen", "FIND_JOB")));
        assertThat(sent.get("accepted").asInt()).as(month + ": " + sent).isEqualTo(5);
    }
}
