package org.lingong.platform.server.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import tools.jackson.databind.JsonNode;

/**
 * The station services of issue 14 on the figures dashboard, in the Excel export and in the monthly PDF, after a
 * kiosk sent the matching events through the real event batch endpoint: the visit funnel, 好差评 per level and their
 * average, staff calls, status checks and 预约 booked, cancelled and lost. Works in 乌兰察布市 (1509) with a station
 * of its own, comparing with the figures before (the database is shared).
 */
class StationServiceFiguresTest extends PlatformHttpTest {

    private static final Station JINING = new Station("NM-150902-FG1", "集宁区统计测试驿站", "1509", "150902", "集宁区测试路9号");

    private ConsoleSession operator;
    private EventPoster poster;
    private final String month = YearMonth.from(DbTime.statDay(Instant.now())).toString();
    private final String today = DbTime.statDay(Instant.now()).toString();

    @BeforeEach
    void logIn() {
        stations.save(JINING);
        operator = new ConsoleSession(port);
        operator.logIn("operator", "test-operator");
        poster = new EventPoster(client);
    }

    @Test
    void eachStationServiceFigureShowsOnTheDashboardInTheWorkbookAndInTheMonthlyReport() throws IOException {
        Map<Figure, Long> before = totals(operator.get("/console/stats?region=1509&month=" + month).body());
        TestTerminal kiosk = client.enroll(JINING.code());
        String idNumber = new EventPoster.IdNumbers("150902", 1955).next();
        JsonNode sent = poster.post(kiosk,
                event("WORKER_REGISTERED", "fg-1", worker(idNumber, "郑十一", EmploymentStatus.UNEMPLOYED)),
                event("VISIT_COUNT", null, Map.of("day", today, "visits", 4, "identified", 3, "searched", 2,
                        "referred", 2, "printed", 1, "tiles", Map.of("FIND_JOB", 2))),
                event("FEEDBACK", null, Map.of("rating", 5, "service", "FIND_JOB")),
                event("FEEDBACK", null, Map.of("rating", 4)),
                event("FEEDBACK", "fg-1", Map.of("rating", 1, "service", "REFERRAL", "reasons", List.of("TOO_SLOW"))),
                event("STAFF_CALLED", null, Map.of("screen", "FIND_JOB")),
                event("STAFF_CALLED", null, Map.of("screen", "REFERRAL")),
                event("EMPLOYMENT_STATUS_CHECKED", "fg-1", Map.of("situation", "FLEXIBLE")));
        assertThat(sent.get("accepted").asInt()).as(sent.toString()).isEqualTo(8);
        Instant homeVisit = firstFree(kiosk, "HOME_VISIT");
        String cancelled = code();
        String lost = code();
        assertThat(poster.postOne(kiosk, booked(code(), "HOME_VISIT", homeVisit))).isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, booked(lost, "HOME_VISIT", homeVisit))).as("the slot is full").isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, booked(cancelled, "CAREER_GUIDANCE", firstFree(kiosk, "CAREER_GUIDANCE"))))
                .isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, event("APPOINTMENT_CANCELLED", null, Map.of("code", cancelled))))
                .isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, event("APPOINTMENT_CANCELLED", null, Map.of("code", cancelled))))
                .as("a second cancel of the same booking counts once").isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, event("APPOINTMENT_CANCELLED", null, Map.of("code", lost))))
                .as("a lost booking given up stays lost, never booked").isEqualTo("ACCEPTED");

        Map<Figure, Long> rise = new EnumMap<>(Figure.class);
        rise.putAll(Map.of(Figure.VISITS, 4L, Figure.FUNNEL_IDENTIFIED, 3L, Figure.FUNNEL_SEARCHED, 2L,
                Figure.FUNNEL_REFERRED, 2L, Figure.FUNNEL_PRINTED, 1L, Figure.RATINGS, 3L, Figure.RATING_5, 1L,
                Figure.RATING_4, 1L, Figure.RATING_1, 1L, Figure.STAFF_CALLS, 2L));
        rise.putAll(Map.of(Figure.STATUS_CHECKS, 1L, Figure.APPOINTMENTS_BOOKED, 2L, Figure.APPOINTMENTS_CANCELLED, 2L,
                Figure.APPOINTMENTS_LOST, 1L, Figure.RATING_3, 0L, Figure.RATING_2, 0L));
        Map<Figure, Long> expected = new EnumMap<>(Figure.class);
        rise.forEach((figure, n) -> expected.put(figure, before.get(figure) + n));
        String average = average(expected);

        JsonNode day = stationToday(kiosk);
        assertThat(day.get("appointments").get("booked").asLong()).isEqualTo(2);
        assertThat(day.get("appointments").get("cancelled").asLong()).isEqualTo(2);
        assertThat(day.get("appointments").get("lost").asLong()).isEqualTo(1);

        String page = operator.get("/console/stats?region=1509&month=" + month).body();
        Map<Figure, Long> after = totals(page);
        expected.forEach((figure, value) -> assertThat(after.get(figure)).as(figure.words()).isEqualTo(value));
        assertThat(page).contains("id=\"total-rating_average\"><b>" + average + "</b>", "来访：走到哪一步", "驿站服务");
        assertThat(operator.get("/console/stats?station=" + JINING.code() + "&month=" + month).body())
                .contains("id=\"total-appointments_lost\"><b>1</b>", "id=\"total-staff_calls\"><b>2</b>");

        ConsoleSession.Download xlsx = operator.download("/console/stats/export.xlsx?region=1509&month=" + month);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("汇总");
            expected.forEach((figure, value) -> {
                assertThat(summary.getRow(3 + figure.ordinal()).getCell(0).getStringCellValue()).isEqualTo(figure.words());
                assertThat((long) summary.getRow(3 + figure.ordinal()).getCell(1).getNumericCellValue())
                        .as(figure.words()).isEqualTo(value);
            });
            assertThat(summary.getRow(3 + Figure.values().length).getCell(0).getStringCellValue()).isEqualTo(DashboardPage.AVERAGE);
            assertThat(String.format(Locale.ROOT, "%.1f", summary.getRow(3 + Figure.values().length).getCell(1)
                    .getNumericCellValue())).isEqualTo(average);
            Sheet perStation = book.getSheet("各驿站");
            int row = stationRow(perStation);
            assertThat((long) perStation.getRow(row).getCell(1 + Figure.APPOINTMENTS_CANCELLED.ordinal()).getNumericCellValue())
                    .isEqualTo(2);
            assertThat((long) perStation.getRow(row).getCell(1 + Figure.FUNNEL_PRINTED.ordinal()).getNumericCellValue())
                    .isEqualTo(1);
            assertThat(perStation.getRow(0).getCell(1 + Figure.values().length).getStringCellValue()).isEqualTo(DashboardPage.AVERAGE);
        }

        ConsoleSession.Download pdf = operator.download("/console/stats/report.pdf?region=1509&month=" + month);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            List<String> lines = new PDFTextStripper().getText(document).lines()
                    .map(line -> line.strip().replaceAll("\\s+", " ")).toList();
            assertThat(lines).contains("四、驿站服务 " + month,
                    "来访人次：" + expected.get(Figure.VISITS) + " 其中 已核验身份 " + expected.get(Figure.FUNNEL_IDENTIFIED)
                            + " → 已查岗位 " + expected.get(Figure.FUNNEL_SEARCHED) + " → 已获推荐 "
                            + expected.get(Figure.FUNNEL_REFERRED) + " → 已打印推荐单 " + expected.get(Figure.FUNNEL_PRINTED),
                    "好差评：" + expected.get(Figure.RATINGS) + " 条 " + DashboardPage.AVERAGE + "：" + average,
                    "呼叫工作人员：" + expected.get(Figure.STAFF_CALLS),
                    "就业状态核实：" + expected.get(Figure.STATUS_CHECKS),
                    "预约：" + expected.get(Figure.APPOINTMENTS_BOOKED),
                    "取消预约：" + expected.get(Figure.APPOINTMENTS_CANCELLED),
                    "预约未约上（已满）：" + expected.get(Figure.APPOINTMENTS_LOST));
            assertThat(lines).anyMatch(line -> line.startsWith("非常满意 " + expected.get(Figure.RATING_5) + " 满意 "
                    + expected.get(Figure.RATING_4)));
        }
    }

    /** The dashboard's total of each figure. */
    private static Map<Figure, Long> totals(String page) {
        Map<Figure, Long> totals = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            String marker = "id=\"total-" + figure.name().toLowerCase() + "\"><b>";
            int at = page.indexOf(marker);
            assertThat(at).as(figure + " on the page").isPositive();
            totals.put(figure, Long.parseLong(page.substring(at + marker.length(), page.indexOf("</b>", at))));
        }
        return totals;
    }

    private static String average(Map<Figure, Long> totals) {
        long sum = 5 * totals.get(Figure.RATING_5) + 4 * totals.get(Figure.RATING_4) + 3 * totals.get(Figure.RATING_3)
                + 2 * totals.get(Figure.RATING_2) + totals.get(Figure.RATING_1);
        return String.format(Locale.ROOT, "%.1f", (double) sum / totals.get(Figure.RATINGS));
    }

    private static int stationRow(Sheet sheet) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().contains(JINING.code())) {
                return r;
            }
        }
        throw new AssertionError("no row of " + JINING.code());
    }

    private JsonNode stationToday(TestTerminal kiosk) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/stats/daily?from=" + today + "&to=" + today, null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        for (JsonNode day : result.json().get("days")) {
            if (day.get("stationCode").asString().equals(JINING.code())) {
                return day;
            }
        }
        throw new AssertionError("no figures of " + JINING.code() + " today: " + result);
    }

    private Instant firstFree(TestTerminal kiosk, String service) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/appointments", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        for (JsonNode slot : result.json().get("slots")) {
            if (slot.get("service").asString().equals(service) && slot.get("free").asInt() == slot.get("capacity").asInt()) {
                return Instant.parse(slot.get("startsAt").asString());
            }
        }
        throw new AssertionError("no free " + service + " slot");
    }

    private static Map<String, Object> booked(String code, String service, Instant slot) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code);
        payload.put("service", service);
        payload.put("startsAt", slot.toString());
        return event(UUID.randomUUID(), "APPOINTMENT_BOOKED", "fg-appointment", payload);
    }

    /** A fresh 6-letter appointment code of the kiosks' alphabet. */
    private static String code() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        UUID random = UUID.randomUUID();
        long bits = random.getMostSignificantBits() ^ random.getLeastSignificantBits();
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt((int) Math.floorMod(bits >> (5 * i), alphabet.length())));
        }
        return code.toString();
    }
}
