package org.lingong.platform.server.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.lingong.platform.api.stats.DailyStationStats;
import org.lingong.platform.api.stats.StatsReport;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics per station and day. 城镇新增就业 = referrals with outcome HIRED; 失业人员再就业 = of those,
 * workers declared UNEMPLOYED or HARD_TO_EMPLOY when referred; 就业困难人员就业 = HARD_TO_EMPLOY only.
 */
@Service
public class StatsService {

    private static final int MAX_DAYS = 366;

    private final StatsRepository stats;

    StatsService(StatsRepository stats) {
        this.stats = stats;
    }

    @Transactional(readOnly = true)
    public StatsReport daily(LocalDate from, LocalDate to, String station) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ApiException(400, "invalid-date", "Invalid date range",
                    "from and to are required, to not before from, at most " + MAX_DAYS + " days");
        }
        Map<String, DailyStationStats> rows = new TreeMap<>();
        merge(rows, stats.registrations(from, to, station), (s, v) -> with(s, v, 0));
        merge(rows, stats.referrals(from, to, station), (s, v) -> with(s, v, 1));
        merge(rows, stats.checkIns(from, to, station), (s, v) -> with(s, v, 2));
        merge(rows, stats.hires(from, to, station, List.of()), (s, v) -> with(s, v, 3));
        merge(rows, stats.hires(from, to, station, List.of("UNEMPLOYED", "HARD_TO_EMPLOY")), (s, v) -> with(s, v, 4));
        merge(rows, stats.hires(from, to, station, List.of("HARD_TO_EMPLOY")), (s, v) -> with(s, v, 5));
        merge(rows, stats.visits(from, to, station), (s, v) -> with(s, v, 6));
        merge(rows, stats.signUps(from, to, station), (s, v) -> with(s, v, 7));
        merge(rows, stats.feedback(from, to, station), (s, v) -> with(s, v, 8));
        return new StatsReport(from, to, List.copyOf(rows.values()));
    }

    private static void merge(Map<String, DailyStationStats> rows, List<StatsRepository.Count> counts,
                              BiFunction<DailyStationStats, Long, DailyStationStats> setter) {
        for (StatsRepository.Count count : counts) {
            String key = count.stationCode() + "/" + count.day();
            DailyStationStats row = rows.computeIfAbsent(key,
                    k -> new DailyStationStats(count.stationCode(), count.day(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
            rows.put(key, setter.apply(row, count.value()));
        }
    }

    private static DailyStationStats with(DailyStationStats s, long v, int field) {
        long[] f = {s.registrations(), s.referrals(), s.checkIns(), s.urbanNewEmployment(), s.unemployedReemployed(),
                s.hardToEmployEmployed(), s.visits(), s.signUps(), s.feedback()};
        f[field] = v;
        return new DailyStationStats(s.stationCode(), s.day(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }
}
