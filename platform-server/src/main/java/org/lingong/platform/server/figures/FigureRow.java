package org.lingong.platform.server.figures;

/** One row of figures (a day, a month or a station), values indexed by {@link Figure#ordinal()}. */
public record FigureRow(String label, long[] values) {

    public long value(Figure figure) {
        return values[figure.ordinal()];
    }
}
