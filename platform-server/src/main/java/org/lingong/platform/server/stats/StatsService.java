package org.lingong.platform.server.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;
import org.lingong.platform.api.stats.DailyStationStats;
import org.lingong.platform.api.stats.StatsReport;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.stats.StatsRepository.FunnelStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics per station and day. 城镇新增就业 = referrals with outcome HIRED; 失业人员再就业 = of those,
 * workers declared UNEMPLOYED or HARD_TO_EMPLOY when referred; 就业困难人员就业 = HARD_TO_EMPLOY only. 好差评 per
 * level, 呼叫工作人员, 就业状态核实 and the visit funnel as the kiosks reported them; 预约 booked, cancelled and lost
 * as the platform decided them.
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
        Map<String, Row> rows = new TreeMap<>();
        merge(rows, stats.registrations(from, to, station), (r, v) -> r.registrations = v);
        merge(rows, stats.referrals(from, to, station), (r, v) -> r.referrals = v);
        merge(rows, stats.checkIns(from, to, station), (r, v) -> r.checkIns = v);
        merge(rows, stats.hires(from, to, station, List.of()), (r, v) -> r.hires = v);
        merge(rows, stats.hires(from, to, station, List.of("UNEMPLOYED", "HARD_TO_EMPLOY")), (r, v) -> r.reemployed = v);
        merge(rows, stats.hires(from, to, station, List.of("HARD_TO_EMPLOY")), (r, v) -> r.hardToEmploy = v);
        merge(rows, stats.visits(from, to, station), (r, v) -> r.visits = v);
        merge(rows, stats.signUps(from, to, station), (r, v) -> r.signUps = v);
        merge(rows, stats.feedback(from, to, station), (r, v) -> r.feedback = v);
        for (int rating = 1; rating <= 5; rating++) {
            int level = rating;
            merge(rows, stats.ratings(from, to, station, rating), (r, v) -> r.ratings[level - 1] = v);
        }
        merge(rows, stats.staffCalls(from, to, station), (r, v) -> r.staffCalls = v);
        merge(rows, stats.statusChecks(from, to, station), (r, v) -> r.statusChecks = v);
        for (FunnelStep step : FunnelStep.values()) {
            merge(rows, stats.funnel(from, to, station, step), (r, v) -> r.funnel[step.ordinal()] = v);
        }
        merge(rows, stats.appointmentsBooked(from, to, station), (r, v) -> r.appointments[0] = v);
        merge(rows, stats.appointmentsCancelled(from, to, station), (r, v) -> r.appointments[1] = v);
        merge(rows, stats.appointmentsLost(from, to, station), (r, v) -> r.appointments[2] = v);
        return new StatsReport(from, to, rows.values().stream().map(Row::toStats).toList());
    }

    private static void merge(Map<String, Row> rows, List<StatsRepository.Count> counts, ObjLongConsumer<Row> setter) {
        for (StatsRepository.Count count : counts) {
            Row row = rows.computeIfAbsent(count.stationCode() + "/" + count.day(),
                    k -> new Row(count.stationCode(), count.day()));
            setter.accept(row, count.value());
        }
    }

    /** One station's day while the figures are gathered. */
    private static final class Row {
        private final String station;
        private final LocalDate day;
        private long registrations;
        private long referrals;
        private long checkIns;
        private long hires;
        private long reemployed;
        private long hardToEmploy;
        private long visits;
        private long signUps;
        private long feedback;
        private final long[] ratings = new long[5];
        private long staffCalls;
        private long statusChecks;
        private final long[] funnel = new long[FunnelStep.values().length];
        private final long[] appointments = new long[3];

        Row(String station, LocalDate day) {
            this.station = station;
            this.day = day;
        }

        DailyStationStats toStats() {
            return new DailyStationStats(station, day, registrations, referrals, checkIns, hires, reemployed,
                    hardToEmploy, visits, signUps, feedback,
                    new DailyStationStats.Ratings(ratings[4], ratings[3], ratings[2], ratings[1], ratings[0]),
                    staffCalls, statusChecks, new DailyStationStats.Funnel(funnel[0], funnel[1], funnel[2], funnel[3]),
                    new DailyStationStats.Appointments(appointments[0], appointments[1], appointments[2]));
        }
    }
}
