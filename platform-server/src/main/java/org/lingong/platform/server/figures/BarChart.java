package org.lingong.platform.server.figures;

import java.util.List;

/**
 * A grouped bar chart's geometry, shared by the SVG on the dashboard and the drawing in the PDF report: the bars of
 * the chosen figures per row, a y axis rounded up to a readable maximum, and which x labels to write so they do not
 * overlap. Coordinates have the origin at the top left, y growing downwards.
 */
record BarChart(List<FigureRow> rows, List<Figure> series, double width, double height) {

    static final double LEFT = 44;
    static final double RIGHT = 8;
    static final double TOP = 28;
    static final double BOTTOM = 30;

    /** One bar: where it is and what it shows. */
    record Bar(double x, double y, double width, double height, Figure figure, long value) {
    }

    /** Four whole-number grid steps of 1, 2 or 5 times a power of ten that reach the largest value. */
    long axisMaximum() {
        long max = 0;
        for (FigureRow row : rows) {
            for (Figure figure : series) {
                max = Math.max(max, row.value(figure));
            }
        }
        return 4 * niceCeiling(Math.max(1, (max + 3) / 4));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static long niceCeiling(long value) {
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power >= value) {
                    return step * power;
                }
            }
            power *= 10;
        }
    }

    double plotWidth() {
        return width - LEFT - RIGHT;
    }

    double plotHeight() {
        return height - TOP - BOTTOM;
    }

    double slot() {
        return plotWidth() / Math.max(1, rows.size());
    }

    double yOf(double value) {
        return TOP + plotHeight() * (1 - value / axisMaximum());
    }

    List<Bar> bars() {
        double barWidth = slot() * 0.8 / series.size();
        java.util.ArrayList<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int s = 0; s < series.size(); s++) {
                long value = rows.get(i).value(series.get(s));
                double top = yOf(value);
                bars.add(new Bar(LEFT + i * slot() + slot() * 0.1 + s * barWidth, top, barWidth, TOP + plotHeight() - top,
                        series.get(s), value));
            }
        }
        return bars;
    }

    /** Every n-th x label is written, so that at most about 12 are. */
    int labelEvery() {
        return Math.max(1, (int) Math.ceil(rows.size() / 12.0));
    }
}
