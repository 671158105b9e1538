package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds jobs for a fixed reference date. Job {@code i} depends only on the seed, the date and
 * {@code i} (each job draws from its own random stream), so the factory is immutable and thread-safe,
 * and any slice or order of indices gives the same jobs.
 */
final class JobFactory {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<String> HIGH_WAGE_REGIONS = Set.of("1501", "1502", "1506");
    private static final int FILLED_PERCENT = 12;
    private static final int MAX_UPDATE_AGE_SECONDS = 14 * 24 * 3600;
    private static final int CLOSING_WINDOW_SECONDS = 8 * 3600;

    private final JobCalendar calendar;
    private final JobMix mix;
    private final long seed;
    private final Map<String, BigDecimal[]> payLevels = new HashMap<>();
    private final Instant referenceInstant;

    JobFactory(Divisions divisions, List<JobCategory> categories, LocalDate today, long seed) {
        this.calendar = new JobCalendar(today, categories);
        this.mix = new JobMix(divisions, categories, calendar);
        this.seed = seed;
        this.referenceInstant = today.atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant();
        categories.forEach(category -> payLevels.put(category.code(), payLevels(category)));
    }

    /** The instant generated data treats as "now": 08:00 Beijing time on the reference date. */
    Instant referenceInstant() {
        return referenceInstant;
    }

    private static BigDecimal[] payLevels(JobCategory category) {
        BigDecimal step = category.payUnit().step();
        int steps = category.maxPay().subtract(category.minPay()).divide(step, 0, RoundingMode.FLOOR).intValueExact();
        BigDecimal[] levels = new BigDecimal[steps + 1];
        for (int i = 0; i <= steps; i++) {
            levels[i] = category.minPay().add(step.multiply(BigDecimal.valueOf(i))).setScale(2, RoundingMode.UNNECESSARY);
        }
        return levels;
    }

    SeedJob job(int index) {
        Randoms random = Randoms.forItem(seed, index);
        Division prefecture = mix.pickPrefecture(random);
        Division county = mix.pickCounty(prefecture, random);
        JobCategory category = mix.pickCategory(county, random);
        LocalDate start = calendar.pickStart(category, random);
        LocalDate end = calendar.endFor(category, start, random.between(category.durationDays()));
        int headcount = random.between(category.headcount());
        BigDecimal pay = pay(category, county, random);
        JobStatus status = status(end, random);
        return new SeedJob(externalId(county, index), JobTexts.title(category, county, headcount, pay, start, random),
                category.code(), category.name(), EmployerNames.forJob(category, county, prefecture, random),
                FictionalContacts.contactName(county.has(EconomicProfile.PASTORAL), random),
                FictionalContacts.mobile(random), county.code(), county.name(),
                Addresses.forJob(county, category, random), pay, category.payUnit(), headcount, start, end,
                category.dailyHours(), JobTexts.requirements(category, random),
                random.percent(category.mealsPercent()), random.percent(category.lodgingPercent()),
                status, updatedAt(status, end, random));
    }

    private BigDecimal pay(JobCategory category, Division county, Randoms random) {
        BigDecimal[] levels = payLevels.get(category.code());
        double position = random.unit();
        if (HIGH_WAGE_REGIONS.contains(county.regionCode())) {
            position = Math.max(position, random.unit());
        }
        return levels[Math.min(levels.length - 1, (int) (position * levels.length))];
    }

    private JobStatus status(LocalDate end, Randoms random) {
        if (end.isBefore(calendar.today())) {
            return JobStatus.CLOSED;
        }
        return random.percent(FILLED_PERCENT) ? JobStatus.FILLED : JobStatus.OPEN;
    }

    /** Open and filled jobs were touched in the last two weeks; closed ones in the night after work ended. */
    private Instant updatedAt(JobStatus status, LocalDate end, Randoms random) {
        if (status == JobStatus.CLOSED) {
            return end.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant()
                    .minusSeconds(random.below(CLOSING_WINDOW_SECONDS));
        }
        return referenceInstant.minusSeconds(random.below(MAX_UPDATE_AGE_SECONDS));
    }

    private static String externalId(Division county, int index) {
        String number = Integer.toString(index);
        return "J" + county.code() + "-" + "0".repeat(Math.max(0, 7 - number.length())) + number;
    }
}
