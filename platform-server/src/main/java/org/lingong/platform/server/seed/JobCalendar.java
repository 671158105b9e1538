package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which start dates each category may have relative to a reference date.
 *
 * <p>Jobs start within [today - {@value #DAYS_BACK}, today + {@value #DAYS_AHEAD}] days, and a
 * seasonal job lies wholly inside its season: it starts on an in-season day and ends no later than
 * the last day of that run of season months. A seasonal category with no in-season day in the
 * window is not offered at all (no 剪羊毛 in November).
 */
final class JobCalendar {

    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 45;

    private final LocalDate today;
    private final Map<String, List<LocalDate>> startDays = new HashMap<>();

    JobCalendar(LocalDate today, List<JobCategory> categories) {
        this.today = today;
        for (JobCategory category : categories) {
            startDays.put(category.code(), inSeasonDays(category.season()));
        }
    }

    private List<LocalDate> inSeasonDays(Season season) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = earliestStart(); !day.isAfter(latestStart()); day = day.plusDays(1)) {
            if (season.contains(day)) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }

    LocalDate today() {
        return today;
    }

    LocalDate earliestStart() {
        return today.minusDays(DAYS_BACK);
    }

    LocalDate latestStart() {
        return today.plusDays(DAYS_AHEAD);
    }

    boolean offers(JobCategory category) {
        return !startDays.get(category.code()).isEmpty();
    }

    LocalDate pickStart(JobCategory category, Randoms random) {
        return random.pick(startDays.get(category.code()));
    }

    /** Last working day for {@code durationDays} from {@code start}, cut at the end of the season run. */
    LocalDate endFor(JobCategory category, LocalDate start, int durationDays) {
        LocalDate wanted = start.plusDays(durationDays - 1L);
        if (!category.isSeasonal()) {
            return wanted;
        }
        LocalDate end = start;
        while (end.isBefore(wanted) && category.season().contains(end.plusDays(1))) {
            end = end.plusDays(1);
        }
        return end;
    }
}
