package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A gig category (工种) with its typical pay in Inner Mongolia in 2026.
 *
 * @param minPay lowest typical pay in yuan per {@code payUnit}, inclusive
 * @param maxPay highest typical pay in yuan per {@code payUnit}, inclusive
 * @param season months in which the work exists
 * @param profiles county profiles where this work is offered
 * @param headcount people wanted per posting
 * @param durationDays length of one engagement in days
 * @param dailyHours working hours as posted, e.g. "07:00-17:00"
 * @param mealsPercent share of postings that provide meals, 0-100
 * @param lodgingPercent share of postings that provide lodging, 0-100
 * @param weight relative frequency among the categories a county offers
 * @param requirements category-specific requirements (持证, 经验…)
 */
public record JobCategory(String code, String name, CategoryGroup group, PayUnit payUnit,
                          BigDecimal minPay, BigDecimal maxPay, Season season, Set<EconomicProfile> profiles,
                          IntRange headcount, IntRange durationDays, String dailyHours,
                          int mealsPercent, int lodgingPercent, int weight, List<String> requirements) {

    public JobCategory {
        if (minPay.signum() <= 0 || maxPay.compareTo(minPay) < 0) {
            throw new IllegalArgumentException(code + ": pay range " + minPay + "-" + maxPay + " is not positive and ordered");
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException(code + ": no county profile");
        }
        if (weight <= 0 || durationDays.min() < 1 || headcount.min() < 1) {
            throw new IllegalArgumentException(code + ": weight, duration and headcount must be positive");
        }
        profiles = Set.copyOf(profiles);
        requirements = List.copyOf(requirements);
    }

    public boolean isSeasonal() {
        return !season.isAllYear();
    }

    public boolean fits(Division county) {
        return county.profiles().stream().anyMatch(profiles::contains);
    }

    public boolean payInRange(BigDecimal amount) {
        return amount.compareTo(minPay) >= 0 && amount.compareTo(maxPay) <= 0;
    }
}
