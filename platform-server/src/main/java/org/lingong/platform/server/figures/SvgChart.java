package org.lingong.platform.server.figures;

import static org.lingong.platform.server.pages.PageHtml.escape;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Draws a {@link BarChart} as inline SVG (no scripts): axes, grid, bars with their value as a tooltip, legend. */
final class SvgChart {

    private SvgChart() {
    }

    static String render(String id, String title, BarChart chart, UnaryOperator<String> shortLabel) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg id=\"").append(escape(id)).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" viewBox=\"0 0 ").append(n(chart.width())).append(' ').append(n(chart.height()))
                .append("\" style=\"width:100%;max-width:").append(n(chart.width())).append("px;height:auto;font-size:12px\">")
                .append("<text x=\"").append(n(BarChart.LEFT)).append("\" y=\"14\" font-weight=\"bold\">").append(escape(title))
                .append("</text>");
        legend(svg, chart);
        long max = chart.axisMaximum();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4.0;
            double y = chart.yOf(value);
            svg.append("<line x1=\"").append(n(BarChart.LEFT)).append("\" x2=\"").append(n(chart.width() - BarChart.RIGHT))
                    .append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(n(BarChart.LEFT - 4)).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(n(value)).append("</text>");
        }
        for (BarChart.Bar bar : chart.bars()) {
            svg.append("<rect x=\"").append(n(bar.x())).append("\" y=\"").append(n(bar.y())).append("\" width=\"")
                    .append(n(bar.width())).append("\" height=\"").append(n(bar.height())).append("\" fill=\"")
                    .append(bar.figure().colour()).append("\"><title>").append(escape(bar.figure().words())).append(' ')
                    .append(bar.value()).append("</title></rect>");
        }
        double baseline = BarChart.TOP + chart.plotHeight();
        for (int i = 0; i < chart.rows().size(); i += chart.labelEvery()) {
            double x = BarChart.LEFT + (i + 0.5) * chart.slot();
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline + 16)).append("\" text-anchor=\"middle\">")
                    .append(escape(shortLabel.apply(chart.rows().get(i).label()))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, BarChart chart) {
        double x = chart.width() - BarChart.RIGHT;
        for (int s = chart.series().size() - 1; s >= 0; s--) {
            Figure figure = chart.series().get(s);
            x -= 14 + figure.words().length() * 11 + 8;
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"5\" width=\"10\" height=\"10\" fill=\"").append(figure.colour())
                    .append("\"/><text x=\"").append(n(x + 14)).append("\" y=\"14\">").append(escape(figure.words())).append("</text>");
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
