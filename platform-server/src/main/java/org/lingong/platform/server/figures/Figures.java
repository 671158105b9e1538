package org.lingong.platform.server.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * The figures of one scope (a 盟市 or a station) for one month: per day of the month, per month of the twelve ending
 * with it, per station of the scope in the month, and the month's totals.
 */
public record Figures(Scope scope, YearMonth month, List<FigureRow> days, List<FigureRow> months,
                      List<FigureRow> stations, FigureRow total) {

    /** A 盟市 ({@code region} = 4-digit code) or one station. */
    public record Scope(String kind, String code, String name) {

        public String title() {
            return name + "（" + code + "）";
        }
    }
}
