package org.lingong.kiosk.search;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.lingong.kiosk.i18n.LocalizedName;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.platform.api.jobs.Job;

/**
 * A job in words for cards and the detail view, in the current language: pay with its unit, dates (a year only where
 * it is not this year at the station), meals and lodging, and the contact phone masked ({@code 138****0001}). JavaFX
 * thread (reads the current language).
 */
public final class JobTexts {

    private final Messages messages;
    private final Clock clock;

    /** @param clock the station's clock: which year "this year" is */
    public JobTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The title in the current language: the Mongolian one in Mongolian when the platform sent one, else Chinese. */
    public String title(Job job) {
        return LocalizedName.pick(messages.language(), job.title(), null, job.mongolianTitle());
    }

    /** {@code 160 元/天}, {@code 22 元/小时}, {@code 整活 800 元}. */
    public String pay(Job job) {
        String key = switch (job.payUnit()) {
            case HOUR -> "search.payUnit.HOUR";
            case DAY -> "search.payUnit.DAY";
            case PIECE -> "search.payUnit.PIECE";
            case MONTH -> "search.payUnit.MONTH";
            case TASK -> "search.payUnit.TASK";
            case MU -> "search.payUnit.MU";
            case HEAD -> "search.payUnit.HEAD";
        };
        return messages.get(key, amount(job.payAmount()));
    }

    /**
     * {@code 11月28日} or {@code 11月28日 至 12月2日（5 天）}: the start with its year when that is not this year
     * ({@code 2027年1月18日 至 3月1日（43 天）}), the end with its year when that is not the start's
     * ({@code 11月13日 至 2027年1月31日（80 天）}).
     */
    public String dates(Job job) {
        boolean startInAnotherYear = job.startDate().getYear() != LocalDate.now(clock).getYear();
        if (job.startDate().equals(job.endDate())) {
            return messages.get("search.dates.single", date(job.startDate(), startInAnotherYear));
        }
        boolean crossesYear = job.startDate().getYear() != job.endDate().getYear();
        long days = job.endDate().toEpochDay() - job.startDate().toEpochDay() + 1;
        return messages.get("search.dates.range", date(job.startDate(), startInAnotherYear),
                date(job.endDate(), crossesYear), days);
    }

    public String meals(Job job) {
        return messages.get(job.mealsProvided() ? "search.meals.yes" : "search.meals.no");
    }

    public String lodging(Job job) {
        return messages.get(job.lodgingProvided() ? "search.lodging.yes" : "search.lodging.no");
    }

    public String headcount(Job job) {
        return messages.get("search.detail.headcount", job.headcount());
    }

    public String maskedPhone(Job job) {
        return maskPhone(job.contactPhone());
    }

    /**
     * Keeps the first 3 and last 4 digits of a number with at least 8 digits ({@code 138****0001},
     * {@code 047*****1001}), only the last 2 of a shorter one; separators are dropped.
     */
    public static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= 8) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        if (digits.length() > 2) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return "*".repeat(digits.length());
    }

    static String amount(BigDecimal value) {
        return Messages.amount(value);
    }

    private String date(LocalDate day, boolean withYear) {
        return messages.date(withYear ? "search.date.patternWithYear" : "search.date.pattern", day);
    }
}
