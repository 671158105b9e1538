package org.lingong.platform.client.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A catalog search; every criterion is optional (null) and all given ones must hold.
 *
 * @param category     exact 工种, e.g. 保洁
 * @param districtCode GB/T 2260 code or prefix: {@code 150102} a 区/旗, {@code 1501} a whole 盟市
 * @param minDailyPay  yuan per day at least, comparing HOUR × 8, DAY, MONTH ÷ 26 (PIECE, TASK, MU, HEAD as posted)
 * @param workDate     the job runs on this day (start ≤ day ≤ end)
 * @param text         words that must all occur in title, category, employer, district or address;
 *                     a word of ASCII letters also matches pinyin initials ({@code bj} finds 保洁)
 * @param includeClosed also FILLED and CLOSED jobs (default only OPEN)
 * @param limit        at most this many jobs in the result (1-500)
 */
public record JobQuery(String category, String districtCode, BigDecimal minDailyPay, LocalDate workDate, String text,
                       boolean includeClosed, JobSort sort, int offset, int limit) {

    public JobQuery {
        sort = sort == null ? JobSort.NEWEST : sort;
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("need offset >= 0 and 1 <= limit <= 500");
        }
    }

    /** Everything open, newest first, 20 per page. */
    public static JobQuery all() {
        return new JobQuery(null, null, null, null, null, false, JobSort.NEWEST, 0, 20);
    }

    public JobQuery withCategory(String value) {
        return new JobQuery(value, districtCode, minDailyPay, workDate, text, includeClosed, sort, offset, limit);
    }

    public JobQuery withDistrict(String value) {
        return new JobQuery(category, value, minDailyPay, workDate, text, includeClosed, sort, offset, limit);
    }

    public JobQuery withMinDailyPay(BigDecimal value) {
        return new JobQuery(category, districtCode, value, workDate, text, includeClosed, sort, offset, limit);
    }

    public JobQuery withWorkDate(LocalDate value) {
        return new JobQuery(category, districtCode, minDailyPay, value, text, includeClosed, sort, offset, limit);
    }

    public JobQuery withText(String value) {
        return new JobQuery(category, districtCode, minDailyPay, workDate, value, includeClosed, sort, offset, limit);
    }

    public JobQuery withClosed(boolean value) {
        return new JobQuery(category, districtCode, minDailyPay, workDate, text, value, sort, offset, limit);
    }

    public JobQuery sortedBy(JobSort value) {
        return new JobQuery(category, districtCode, minDailyPay, workDate, text, includeClosed, value, offset, limit);
    }

    public JobQuery page(int newOffset, int newLimit) {
        return new JobQuery(category, districtCode, minDailyPay, workDate, text, includeClosed, sort, newOffset, newLimit);
    }
}
