package org.lingong.platform.server.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.IssuedSlips;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/**
 * The dashboard, the Excel export and the monthly PDF of a 盟市 over real HTTP, after a hire recorded on a slip's check
 * page: the files are read back with POI and PDFBox. Each test works in its own 盟市 (the database is shared).
 */
class FiguresPagesTest extends PlatformHttpTest {

    private ConsoleSession operator;
    private IssuedSlips slips;

    @BeforeEach
    void logIn() {
        operator = new ConsoleSession(port);
        operator.logIn("operator", "test-operator");
        slips = new IssuedSlips(client, new EventPoster.IdNumbers("150203", 1968));
    }

    @Test
    void aHireOnASlipShowsOnTheDashboardInTheWorkbookAndInTheMonthlyReport() throws IOException {
        String month = YearMonth.from(DbTime.statDay(Instant.now())).toString();
        String before = operator.get("/console/stats?region=1502&month=" + month).body();
        long hiresBefore = total(before, "hires");
        long hardBefore = total(before, "hard_to_employ_employed");

        hire(slips.issue(enrolledAtBaotou(), job(), "冯小八", EmploymentStatus.HARD_TO_EMPLOY, Instant.now().minusSeconds(30),
                Instant.now().plus(Duration.ofDays(1))));

        String page = operator.get("/console/stats?region=1502&month=" + month).body();
        assertThat(total(page, "hires")).isEqualTo(hiresBefore + 1);
        assertThat(total(page, "hard_to_employ_employed")).isEqualTo(hardBefore + 1);
        assertThat(page).contains("包头市（1502）", "<svg id=\"chart-days\"", "<svg id=\"chart-months\"", BAOTOU.name(),
                "/console/stats/export.xlsx?region=1502&amp;month=" + month).doesNotContain("<script");

        ConsoleSession.Download xlsx = operator.download("/console/stats/export.xlsx?region=1502&month=" + month);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.disposition()).contains("lingong-1502-" + month + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("包头市（1502）");
            Row hires = summary.getRow(3 + Figure.HIRES.ordinal());
            assertThat(hires.getCell(0).getStringCellValue()).isEqualTo("录用（城镇新增就业）");
            assertThat((long) hires.getCell(1).getNumericCellValue()).isEqualTo(hiresBefore + 1);
            Sheet stations = book.getSheet("各驿站");
            assertThat(stations.getRow(1).getCell(0).getStringCellValue()).contains(BAOTOU.name());
            assertThat((long) stations.getRow(1).getCell(1 + Figure.HIRES.ordinal()).getNumericCellValue()).isEqualTo(hiresBefore + 1);
            assertThat(book.getSheet("每日").getLastRowNum()).isEqualTo(YearMonth.parse(month).lengthOfMonth() + 1);
        }

        ConsoleSession.Download pdf = operator.download("/console/stats/report.pdf?region=1502&month=" + month);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("包头市 零工驿站就业服务月报", "统计月份：" + month,
                    "录用（城镇新增就业）：" + (hiresBefore + 1), "就业困难人员就业：" + (hardBefore + 1), BAOTOU.name());
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("the CJK font is embedded").isTrue();
            assertThat(font.getName()).contains("NotoSansSC");
        }
    }

    @Test
    void badScopesAndMonthsGetAMessageNeverA500() {
        assertThat(operator.get("/console/stats?region=9999").status()).isEqualTo(400);
        assertThat(operator.get("/console/stats?region=9999").body()).contains("没有这个盟市或驿站");
        assertThat(operator.get("/console/stats?month=abc").body()).contains("月份应为");
        assertThat(operator.get("/console/stats?month=1999-01").status()).isEqualTo(400);
        assertThat(operator.get("/console/stats?month=2999-01").status()).isEqualTo(400);
        assertThat(operator.get("/console/stats?station=" + "X".repeat(300)).status()).isEqualTo(400);
        assertThat(operator.get("/console/stats?station=%3Cscript%3E").body()).doesNotContain("<script>");
        assertThat(operator.download("/console/stats/report.pdf?region=15%00").status()).isEqualTo(400);
        assertThat(operator.download("/console/stats/export.xlsx?month=2026-13").status()).isEqualTo(400);
        assertThat(operator.get("/console/stats?station=" + BAOTOU.code()).body()).contains(BAOTOU.name())
                .doesNotContain("report.pdf");
    }

    @Test
    void onlySignedInStaffSeeTheFigures() {
        ConsoleSession anonymous = new ConsoleSession(port);
        assertThat(anonymous.get("/console/stats").location()).endsWith("/login");
        assertThat(anonymous.download("/console/stats/export.xlsx").status()).isEqualTo(302);
        assertThat(anonymous.download("/console/stats/report.pdf?region=1502").status()).isEqualTo(302);
    }

    private TestTerminal enrolledAtBaotou() {
        return client.enroll(BAOTOU.code());
    }

    private long job() {
        return slips.job("统计页测试岗位", "150203");
    }

    private void hire(String token) {
        ConsoleSession phone = new ConsoleSession(port);
        phone.logIn("operator", "test-operator");
        String csrf = ConsoleSession.csrfToken(phone.get("/v/" + token).body());
        assertThat(phone.postForm("/v/" + token + "/check-in", Map.of("_csrf", csrf), Map.of()).location()).endsWith("recorded-check-in");
        assertThat(phone.postForm("/v/" + token + "/hired", Map.of("_csrf", csrf), Map.of()).location()).endsWith("recorded-hired");
    }

    private static long total(String page, String figure) {
        String marker = "id=\"total-" + figure + "\"><b>";
        int at = page.indexOf(marker);
        assertThat(at).as(figure + " on the page").isPositive();
        return Long.parseLong(page.substring(at + marker.length(), page.indexOf("</b>", at)));
    }
}
