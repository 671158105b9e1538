package org.lingong.kiosk.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.catalog.PinyinInitials;

/** One demo job with the pinyin initials of its title and category, and the catalog's matching rules applied to it. */
record JobMatch(Job job, Set<String> initials) {

    JobMatch(Job job) {
        this(job, initialsOf(job));
    }

    boolean matches(SearchCriteria criteria) {
        return (criteria.category() == null || criteria.category().equals(job.category()))
                && (criteria.anyOf().isEmpty() || criteria.anyOf().contains(job.category()))
                && job.districtCode().startsWith(criteria.district().code())
                && criteria.pay().minimumPerDay().map(min -> dailyPay(job).compareTo(min) >= 0).orElse(true)
                && criteria.dateRange().map(range -> range.overlaps(job.startDate(), job.endDate())).orElse(true)
                && matchesText(criteria.initials().strip().toLowerCase(Locale.ROOT));
    }

    /** Pay per day as the catalog compares it: HOUR × 8, MONTH ÷ 26, anything else as posted. */
    static BigDecimal dailyPay(Job job) {
        return switch (job.payUnit()) {
            case HOUR -> job.payAmount().multiply(BigDecimal.valueOf(8));
            case MONTH -> job.payAmount().divide(BigDecimal.valueOf(26), 2, RoundingMode.HALF_UP);
            default -> job.payAmount();
        };
    }

    private boolean matchesText(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (text.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return initials.stream().anyMatch(variant -> variant.contains(text));
        }
        return (job.title() + job.category() + job.employer() + job.districtName() + job.address()).contains(text);
    }

    private static Set<String> initialsOf(Job job) {
        Set<String> variants = new java.util.HashSet<>(PinyinInitials.of(job.title()));
        variants.addAll(PinyinInitials.of(job.category()));
        return Set.copyOf(variants);
    }
}
