package org.lingong.platform.server.figures;

import java.util.function.ToLongFunction;
import org.lingong.platform.api.stats.DailyStationStats;

/**
 * The figures of the dashboard, the workbook and the report, as {@code stats.StatsService} computes them from the
 * rows: 城镇新增就业 are the referrals recorded as hired (so 录用 and 城镇新增就业 are one figure), 失业人员再就业 those
 * of them whose worker was unemployed or hard to employ when referred, 就业困难人员就业 hard to employ only.
 */
public enum Figure {
    VISITS("来访人次", "#90a4ae", DailyStationStats::visits),
    REGISTRATIONS("求职登记", "#7e57c2", DailyStationStats::registrations),
    REFERRALS("推荐", "#1e88e5", DailyStationStats::referrals),
    CHECK_INS("到岗", "#fb8c00", DailyStationStats::checkIns),
    HIRES("录用（城镇新增就业）", "#2e7d32", DailyStationStats::urbanNewEmployment),
    UNEMPLOYED_REEMPLOYED("失业人员再就业", "#00897b", DailyStationStats::unemployedReemployed),
    HARD_TO_EMPLOY_EMPLOYED("就业困难人员就业", "#c62828", DailyStationStats::hardToEmployEmployed);

    private final String words;
    private final String colour;
    private final ToLongFunction<DailyStationStats> value;

    Figure(String words, String colour, ToLongFunction<DailyStationStats> value) {
        this.words = words;
        this.colour = colour;
        this.value = value;
    }

    public String words() {
        return words;
    }

    /** The series colour in charts, {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    long of(DailyStationStats row) {
        return value.applyAsLong(row);
    }
}
