package org.lingong.platform.server.figures;

import java.util.function.ToLongFunction;
import org.lingong.platform.api.stats.DailyStationStats;

/**
 * The figures of the dashboard, the workbook and the report, as {@code stats.StatsService} computes them from the
 * rows: 城镇新增就业 are the referrals recorded as hired (so 录用 and 城镇新增就业 are one figure), 失业人员再就业 those
 * of them whose worker was unemployed or hard to employ when referred, 就业困难人员就业 hard to employ only. The
 * station services follow: how far the visits got (the kiosks' VISIT_COUNT funnel), 好差评 per level (the average is
 * {@link FigureRow#averageRating()}, as levels add up and averages do not), staff calls, status checks, 预约.
 */
public enum Figure {
    VISITS("来访人次", "#90a4ae", Group.EMPLOYMENT, DailyStationStats::visits),
    REGISTRATIONS("求职登记", "#7e57c2", Group.EMPLOYMENT, DailyStationStats::registrations),
    REFERRALS("推荐", "#1e88e5", Group.EMPLOYMENT, DailyStationStats::referrals),
    CHECK_INS("到岗", "#fb8c00", Group.EMPLOYMENT, DailyStationStats::checkIns),
    HIRES("录用（城镇新增就业）", "#2e7d32", Group.EMPLOYMENT, DailyStationStats::urbanNewEmployment),
    UNEMPLOYED_REEMPLOYED("失业人员再就业", "#00897b", Group.EMPLOYMENT, DailyStationStats::unemployedReemployed),
    HARD_TO_EMPLOY_EMPLOYED("就业困难人员就业", "#c62828", Group.EMPLOYMENT, DailyStationStats::hardToEmployEmployed),
    FUNNEL_IDENTIFIED("来访·已核验身份", "#78909c", Group.FUNNEL, r -> r.funnel().identified()),
    FUNNEL_SEARCHED("来访·已查岗位", "#607d8b", Group.FUNNEL, r -> r.funnel().searched()),
    FUNNEL_REFERRED("来访·已获推荐", "#546e7a", Group.FUNNEL, r -> r.funnel().referred()),
    FUNNEL_PRINTED("来访·已打印推荐单", "#455a64", Group.FUNNEL, r -> r.funnel().printed()),
    RATINGS("好差评", "#f9a825", Group.RATINGS, r -> r.ratings().count()),
    RATING_5("非常满意", "#43a047", Group.RATINGS, r -> r.ratings().verySatisfied()),
    RATING_4("满意", "#7cb342", Group.RATINGS, r -> r.ratings().satisfied()),
    RATING_3("基本满意", "#c0ca33", Group.RATINGS, r -> r.ratings().neutral()),
    RATING_2("不满意", "#fb8c00", Group.RATINGS, r -> r.ratings().dissatisfied()),
    RATING_1("非常不满意", "#e53935", Group.RATINGS, r -> r.ratings().veryDissatisfied()),
    STAFF_CALLS("呼叫工作人员", "#8e24aa", Group.SERVICES, DailyStationStats::staffCalls),
    STATUS_CHECKS("就业状态核实", "#3949ab", Group.SERVICES, DailyStationStats::statusChecks),
    APPOINTMENTS_BOOKED("预约", "#00acc1", Group.SERVICES, r -> r.appointments().booked()),
    APPOINTMENTS_CANCELLED("取消预约", "#6d4c41", Group.SERVICES, r -> r.appointments().cancelled()),
    APPOINTMENTS_LOST("预约未约上（已满）", "#d81b60", Group.SERVICES, r -> r.appointments().lost());

    /** Where a figure is shown: the employment figures first, then the station services of issue 14. */
    public enum Group {
        EMPLOYMENT("就业"), FUNNEL("来访：走到哪一步"), RATINGS("好差评"), SERVICES("驿站服务");

        private final String words;

        Group(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public java.util.List<Figure> figures() {
            return java.util.Arrays.stream(Figure.values()).filter(f -> f.group == this).toList();
        }
    }

    private final String words;
    private final String colour;
    private final Group group;
    private final ToLongFunction<DailyStationStats> value;

    Figure(String words, String colour, Group group, ToLongFunction<DailyStationStats> value) {
        this.words = words;
        this.colour = colour;
        this.group = group;
        this.value = value;
    }

    public Group group() {
        return group;
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
