package org.lingong.platform.server.figures;

import static org.lingong.platform.server.pages.PageHtml.escape;

import java.util.List;
import java.util.Map;
import org.lingong.platform.server.pages.PageHtml;
import org.lingong.platform.server.stations.Station;

/** The figures dashboard: a scope chooser (盟市, station, month), the month's totals, charts by day and month, tables. */
final class DashboardPage {

    static final List<Figure> CHART_SERIES = List.of(Figure.REFERRALS, Figure.CHECK_INS, Figure.HIRES);
    static final String AVERAGE = "好差评平均分（1-5）";

    private DashboardPage() {
    }

    static String render(Figures figures, Map<String, String> regions, String regionCode, List<Station> stations,
                         String message) {
        String query = figures.scope().kind() + "=" + escape(figures.scope().code()) + "&amp;month=" + figures.month();
        StringBuilder html = new StringBuilder(32_768).append(PageHtml.head("就业数据 · " + figures.scope().name(),
                ".cards{display:flex;flex-wrap:wrap;gap:.6em}.card{border:1px solid #ccc;border-radius:.4em;padding:.5em .8em;"
                        + "min-width:8em}.card b{display:block;font-size:1.6em}select,input{font-size:1em;padding:.3em}"
                        + ".wide{overflow-x:auto}"));
        html.append("<h1>就业数据 · <span id=\"scope-title\">").append(escape(figures.scope().title())).append("</span> · ")
                .append(figures.month()).append("</h1>");
        if (message != null) {
            html.append("<div class=\"msg\" id=\"figures-message\">").append(escape(message)).append("</div>");
        }
        chooser(html, figures, regions, regionCode, stations);
        html.append("<p><a class=\"button\" id=\"export-xlsx\" href=\"/console/stats/export.xlsx?").append(query)
                .append("\">导出 Excel</a>");
        if (figures.scope().kind().equals("region")) {
            html.append("<a class=\"button\" id=\"report-pdf\" href=\"/console/stats/report.pdf?").append(query)
                    .append("\">月度报告 PDF</a>");
        }
        html.append("</p>");
        for (Figure.Group group : Figure.Group.values()) {
            html.append("<h2>").append(group.words()).append("</h2><div class=\"cards\" id=\"totals-")
                    .append(group.name().toLowerCase()).append("\">");
            for (Figure figure : group.figures()) {
                card(html, figure.name().toLowerCase(), String.valueOf(figures.total().value(figure)), figure.words());
            }
            if (group == Figure.Group.RATINGS) {
                card(html, "rating_average", figures.total().averageRatingText(), AVERAGE);
            }
            html.append("</div>");
        }
        html.append("<h2>按日</h2>")
                .append(SvgChart.render("chart-days", figures.month() + " 每日", new BarChart(figures.days(), CHART_SERIES, 720, 240),
                        label -> label.substring(8)))
                .append("<h2>按月</h2>")
                .append(SvgChart.render("chart-months", "近 12 个月", new BarChart(figures.months(), CHART_SERIES, 720, 240),
                        label -> label.substring(2)));
        if (figures.scope().kind().equals("region")) {
            table(html, "各驿站 " + figures.month(), "stations-table", "驿站", figures.stations(), figures.total());
        }
        table(html, "每日明细", "days-table", "日期", figures.days(), figures.total());
        return html.append("</body></html>").toString();
    }

    private static void card(StringBuilder html, String id, String value, String words) {
        html.append("<div class=\"card\" id=\"total-").append(id).append("\"><b>").append(value).append("</b>")
                .append(words).append("</div>");
    }

    private static void chooser(StringBuilder html, Figures figures, Map<String, String> regions, String regionCode,
                                List<Station> stations) {
        html.append("<form method=\"get\" action=\"/console/stats\" id=\"scope-form\">盟市 <select name=\"region\" id=\"region\">");
        regions.forEach((code, name) -> html.append("<option value=\"").append(code).append('"')
                .append(code.equals(regionCode) ? " selected" : "").append('>').append(escape(name)).append("</option>"));
        html.append("</select> 驿站 <select name=\"station\" id=\"station\"><option value=\"\">全部</option>");
        for (Station station : stations) {
            html.append("<option value=\"").append(escape(station.code())).append('"')
                    .append(station.code().equals(figures.scope().code()) ? " selected" : "").append('>')
                    .append(escape(station.name())).append("</option>");
        }
        html.append("</select> 月份 <input type=\"month\" name=\"month\" id=\"month\" value=\"").append(figures.month())
                .append("\"> <button type=\"submit\" id=\"scope-show\">查看</button></form>");
    }

    private static void table(StringBuilder html, String title, String id, String firstHeader, List<FigureRow> rows,
                              FigureRow total) {
        html.append("<h2>").append(escape(title)).append("</h2><div class=\"wide\"><table id=\"").append(id)
                .append("\"><tr><th class=\"l\">").append(firstHeader).append("</th>");
        for (Figure figure : Figure.values()) {
            html.append("<th>").append(figure.words()).append("</th>");
        }
        html.append("<th>").append(AVERAGE).append("</th></tr>");
        for (FigureRow row : rows) {
            cells(html, row);
        }
        cells(html, total);
        html.append("</table></div>");
    }

    private static void cells(StringBuilder html, FigureRow row) {
        html.append("<tr><td class=\"l\">").append(escape(row.label())).append("</td>");
        for (long value : row.values()) {
            html.append("<td>").append(value).append("</td>");
        }
        html.append("<td>").append(row.averageRatingText()).append("</td></tr>");
    }
}
