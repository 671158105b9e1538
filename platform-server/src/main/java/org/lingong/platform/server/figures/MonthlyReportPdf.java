package org.lingong.platform.server.figures;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lingong.platform.server.support.DbTime;

/**
 * The monthly report of a 盟市 on A4 (PDFBox, the bundled Noto Sans SC embedded as a subset): the month's totals,
 * charts by day and by month, the figures per station, the station services (visit funnel, 好差评, calls, checks,
 * 预约) in total and per station; page numbers and the time it was made. A bureau files it as is.
 */
final class MonthlyReportPdf {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LINE = 16;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DbTime.STATS_ZONE);

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream canvas;
    private float y;
    private int pages;

    private MonthlyReportPdf(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    static byte[] render(Figures figures, Instant madeAt) {
        try (PDDocument document = new PDDocument(); InputStream fontFile = MonthlyReportPdf.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException(FONT + " is missing from the classpath");
            }
            MonthlyReportPdf report = new MonthlyReportPdf(document, PDType0Font.load(document, fontFile, true));
            report.write(figures, madeAt);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(figures.scope().name() + " " + figures.month() + " 零工驿站就业服务月报");
            info.setCreator("Lingong platform");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Figures figures, Instant madeAt) throws IOException {
        newPage();
        text(MARGIN, y, 18, figures.scope().name() + " 零工驿站就业服务月报");
        y -= 26;
        text(MARGIN, y, 11, "统计月份：" + figures.month() + "    区划代码：" + figures.scope().code() + "    生成时间："
                + MADE.format(madeAt) + "（北京时间）");
        y -= 28;
        text(MARGIN, y, 13, "一、本月合计");
        y -= LINE + 4;
        for (Figure figure : Figure.Group.EMPLOYMENT.figures()) {
            text(MARGIN + 12, y, 11, figure.words() + "：" + figures.total().value(figure));
            y -= LINE;
        }
        y -= 10;
        text(MARGIN, y, 13, "二、推荐、到岗与录用");
        y -= 8;
        chart(figures.month() + " 每日", figures.days(), label -> label.substring(8));
        chart("近 12 个月", figures.months(), label -> label.substring(2));
        canvas.close();
        newPage();
        text(MARGIN, y, 13, "三、各驿站 " + figures.month());
        y -= LINE + 6;
        table(EMPLOYMENT_COLUMNS, EMPLOYMENT_HEADERS, Figure.Group.EMPLOYMENT.figures(), figures.stations(), figures.total());
        y -= 20;
        stationServices(figures);
        y -= 20;
        ensure(80);
        text(MARGIN, y, 10, "说明：城镇新增就业为登记为录用的推荐；失业人员再就业、就业困难人员就业按推荐时求职者登记的就业状态统计。");
        y -= LINE;
        text(MARGIN, y, 10, "日期按北京时间（Asia/Shanghai）计。");
        canvas.close();
    }

    private void chart(String title, List<FigureRow> rows, java.util.function.UnaryOperator<String> shortLabel) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float height = 200;
        ensure(height + 10);
        BarChart chart = new BarChart(rows, DashboardPage.CHART_SERIES, width, height);
        float top = y;
        text(MARGIN, top - 14, 10, title);
        float legendX = MARGIN + width;
        for (int s = chart.series().size() - 1; s >= 0; s--) {
            Figure figure = chart.series().get(s);
            legendX -= 14 + figure.words().length() * 9 + 10;
            fill(figure.colour());
            canvas.addRect(legendX, top - 14, 8, 8);
            canvas.fill();
            text(legendX + 11, top - 14, 9, figure.words());
        }
        long max = chart.axisMaximum();
        canvas.setStrokingColor(new Color(0xdd, 0xdd, 0xdd));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4.0;
            float gy = top - (float) chart.yOf(value);
            canvas.moveTo(MARGIN + (float) BarChart.LEFT, gy);
            canvas.lineTo(MARGIN + width - (float) BarChart.RIGHT, gy);
            canvas.stroke();
            text(MARGIN + 4, gy - 3, 8, String.valueOf(Math.round(value)));
        }
        for (BarChart.Bar bar : chart.bars()) {
            if (bar.height() > 0) {
                fill(bar.figure().colour());
                canvas.addRect(MARGIN + (float) bar.x(), top - (float) (bar.y() + bar.height()), (float) bar.width(),
                        (float) bar.height());
                canvas.fill();
            }
        }
        float baseline = top - (float) (BarChart.TOP + chart.plotHeight());
        for (int i = 0; i < rows.size(); i += chart.labelEvery()) {
            float x = MARGIN + (float) (BarChart.LEFT + i * chart.slot());
            text(x, baseline - 12, 8, shortLabel.apply(rows.get(i).label()));
        }
        y = top - height - 10;
    }

    /** 四、驿站服务: the month's visit funnel, 好差评, calls, checks and 预约, then the same per station. */
    private void stationServices(Figures figures) throws IOException {
        ensure(11 * LINE + 60);
        text(MARGIN, y, 13, "四、驿站服务 " + figures.month());
        y -= LINE + 4;
        FigureRow total = figures.total();
        text(MARGIN + 12, y, 11, Figure.VISITS.words() + "：" + total.value(Figure.VISITS) + "    其中 已核验身份 "
                + total.value(Figure.FUNNEL_IDENTIFIED) + " → 已查岗位 " + total.value(Figure.FUNNEL_SEARCHED)
                + " → 已获推荐 " + total.value(Figure.FUNNEL_REFERRED) + " → 已打印推荐单 " + total.value(Figure.FUNNEL_PRINTED));
        y -= LINE;
        text(MARGIN + 12, y, 11, Figure.RATINGS.words() + "：" + total.value(Figure.RATINGS) + " 条    "
                + DashboardPage.AVERAGE + "：" + total.averageRatingText());
        y -= LINE;
        StringBuilder levels = new StringBuilder();
        for (Figure level : List.of(Figure.RATING_5, Figure.RATING_4, Figure.RATING_3, Figure.RATING_2, Figure.RATING_1)) {
            levels.append(level.words()).append(' ').append(total.value(level)).append("    ");
        }
        text(MARGIN + 24, y, 10, levels.toString().strip());
        y -= LINE;
        for (Figure figure : Figure.Group.SERVICES.figures()) {
            text(MARGIN + 12, y, 11, figure.words() + "：" + total.value(figure));
            y -= LINE;
        }
        y -= 6;
        table(SERVICE_COLUMNS, SERVICE_HEADERS, SERVICE_FIGURES, figures.stations(), total);
    }

    private static final float[] EMPLOYMENT_COLUMNS = {MARGIN, MARGIN + 150, MARGIN + 195, MARGIN + 240, MARGIN + 280,
            MARGIN + 320, MARGIN + 380, MARGIN + 440};
    private static final String[] EMPLOYMENT_HEADERS = {"驿站", "来访", "登记", "推荐", "到岗", "录用/城镇新增就业",
            "失业人员再就业", "就业困难人员就业"};
    private static final List<Figure> SERVICE_FIGURES = List.of(Figure.VISITS, Figure.FUNNEL_IDENTIFIED,
            Figure.FUNNEL_SEARCHED, Figure.FUNNEL_REFERRED, Figure.FUNNEL_PRINTED, Figure.RATINGS, Figure.STAFF_CALLS,
            Figure.STATUS_CHECKS, Figure.APPOINTMENTS_BOOKED, Figure.APPOINTMENTS_CANCELLED, Figure.APPOINTMENTS_LOST);
    private static final float[] SERVICE_COLUMNS = {MARGIN, MARGIN + 110, MARGIN + 142, MARGIN + 174, MARGIN + 206,
            MARGIN + 238, MARGIN + 270, MARGIN + 302, MARGIN + 334, MARGIN + 366, MARGIN + 398, MARGIN + 430,
            MARGIN + 462};
    private static final String[] SERVICE_HEADERS = {"驿站", "来访", "核验", "查岗", "推荐", "打印", "好差评", "呼叫",
            "核实", "预约", "取消", "未约上", "平均分"};

    private void table(float[] columns, String[] headers, List<Figure> shown, List<FigureRow> rows, FigureRow total)
            throws IOException {
        header(columns, headers);
        for (FigureRow row : rows) {
            if (ensure(LINE)) {
                header(columns, headers);
            }
            row(columns, shown, row);
        }
        ensure(LINE);
        row(columns, shown, total);
    }

    private void header(float[] columns, String[] headers) throws IOException {
        for (int i = 0; i < headers.length; i++) {
            text(columns[i], y, headers[i].length() > 4 ? 7 : 9, headers[i]);
        }
        y -= LINE;
    }

    /** The row's label and {@code shown} figures; a column more than them holds the 好差评 average. */
    private void row(float[] columns, List<Figure> shown, FigureRow row) throws IOException {
        String label = row.label();
        int room = columns[1] - columns[0] > 120 ? 18 : 12;
        text(columns[0], y, 8, label.length() > room ? label.substring(0, room) + "…" : label);
        for (int i = 0; i < shown.size(); i++) {
            text(columns[i + 1], y, 9, String.valueOf(row.value(shown.get(i))));
        }
        if (columns.length > shown.size() + 1) {
            text(columns[shown.size() + 1], y, 9, row.averageRatingText());
        }
        y -= LINE;
    }

    /** Starts a new page unless {@code needed} points are left; true when it did. */
    private boolean ensure(float needed) throws IOException {
        if (y - needed > MARGIN + 20) {
            return false;
        }
        canvas.close();
        newPage();
        return true;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        canvas = new PDPageContentStream(document, page);
        pages++;
        text(PDRectangle.A4.getWidth() / 2 - 10, MARGIN - 20, 9, "第 " + pages + " 页");
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(float x, float baseline, float size, String text) throws IOException {
        canvas.setNonStrokingColor(Color.BLACK);
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.newLineAtOffset(x, baseline);
        canvas.showText(text);
        canvas.endText();
    }

    private void fill(String colour) throws IOException {
        canvas.setNonStrokingColor(Color.decode(colour));
    }
}
