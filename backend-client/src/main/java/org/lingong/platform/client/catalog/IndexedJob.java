package org.lingong.platform.client.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.lingong.platform.api.jobs.Job;

/**
 * A job with what search needs precomputed: lower-case text of title, category, employer, district and
 * address; the pinyin initials variants of title and category (also joined by {@code |} for one scan);
 * pay per day in cents (see {@link #dailyPay}).
 */
record IndexedJob(Job job, String text, List<String> initials, String joinedInitials, long dailyPayCents) {

    static IndexedJob of(Job job, List<String> initials) {
        String text = String.join("\n", job.title(), job.category(), nullToEmpty(job.employer()),
                nullToEmpty(job.districtName()), nullToEmpty(job.address())).toLowerCase(Locale.ROOT);
        return new IndexedJob(job, text, List.copyOf(initials), String.join("|", initials),
                dailyPay(job).movePointRight(2).longValue());
    }

    /** Pinyin initials of title and category as stored with the job (computed once, at sync time). */
    static List<String> initialsFor(Job job) {
        var variants = new java.util.LinkedHashSet<>(PinyinInitials.of(job.title()));
        variants.addAll(PinyinInitials.of(job.category()));
        variants.remove("");
        return List.copyOf(variants);
    }

    /**
     * Pay per day for comparing jobs paid by different units: HOUR × 8, DAY × 1, MONTH ÷ 26 working
     * days; PIECE, TASK, MU (亩) and HEAD as posted (one unit is taken as a day's worth).
     */
    static BigDecimal dailyPay(Job job) {
        if (job.payAmount() == null || job.payUnit() == null) {
            return BigDecimal.ZERO;
        }
        return switch (job.payUnit()) {
            case HOUR -> job.payAmount().multiply(BigDecimal.valueOf(8));
            case MONTH -> job.payAmount().divide(BigDecimal.valueOf(26), 2, java.math.RoundingMode.HALF_UP);
            case DAY, PIECE, TASK, MU, HEAD -> job.payAmount();
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
