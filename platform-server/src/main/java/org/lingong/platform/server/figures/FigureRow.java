package org.lingong.platform.server.figures;

import java.util.Locale;

/** One row of figures (a day, a month or a station), values indexed by {@link Figure#ordinal()}. */
public record FigureRow(String label, long[] values) {

    private static final Figure[] LEVELS = {Figure.RATING_1, Figure.RATING_2, Figure.RATING_3, Figure.RATING_4,
            Figure.RATING_5};

    public long value(Figure figure) {
        return values[figure.ordinal()];
    }

    /** The mean 好差评 (1-5) of the row, or 0 when it has none. */
    public double averageRating() {
        long count = 0;
        long sum = 0;
        for (int level = 1; level <= 5; level++) {
            long n = value(LEVELS[level - 1]);
            count += n;
            sum += level * n;
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    /** {@link #averageRating()} with one decimal, "-" when the row has no rating. */
    public String averageRatingText() {
        return averageRating() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", averageRating());
    }
}
