package org.lingong.kiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.platform.api.stats.DailyStationStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 今日统计 tab: today's sessions, registrations, referral slips issued / printed / not printed, staff alerts and
 * the events still waiting to go to the platform, from what the kiosk observes ({@link DailyCounters}, the slip
 * archive ({@link SlipReprints#recent}) and the outbox); then the station's figures from the platform: the visit
 * funnel, 好差评 (count, average, per level), staff calls and status checks (one line saying so when the platform
 * does not answer). JavaFX thread only.
 */
public final class TodayViewModel implements AdminScoped {

    /** How many recent slips are read to count today's. */
    static final int SLIP_WINDOW = 500;

    /** One line of the figures: a message key and its one argument (a count, or a text such as an average). */
    public record Figure(String labelKey, Object value) {
    }

    private record Slips(int issued, int printed) {
    }

    private record Read(Slips slips, PlatformFacts.Snapshot outbox) {
    }

    private long generation;

    private static final Logger log = LoggerFactory.getLogger(TodayViewModel.class);

    private final DailyCounters counters;
    private final SlipReprints slips;
    private final PlatformFacts platform;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();

    public TodayViewModel(DailyCounters counters, SlipReprints slips, PlatformFacts platform, TaskExecutor executor,
            Clock clock) {
        this.counters = counters;
        this.slips = slips;
        this.platform = platform;
        this.executor = executor;
        this.clock = clock;
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    /** This kiosk's counts first (disk), then the station's figures below them once the platform answers. */
    public void refresh() {
        LocalDate today = counters.day();
        long asked = ++generation;
        executor.submit(() -> new Read(countSlips(today), platform.snapshot()), read -> {
            show(read);
            readStation(today, asked);
        }, error -> {
            log.warn("Today's figures not read: {}", error.toString());
            show(new Read(new Slips(0, 0), new PlatformFacts.Snapshot(Optional.empty(), 0, 0, Optional.empty())));
            readStation(today, asked);
        });
    }

    private void readStation(LocalDate today, long asked) {
        executor.submit(() -> platform.stationDay(today), station -> {
            if (asked == generation) {
                figures.removeIf(TodayViewModel::stationWide);
                figures.addAll(station.map(TodayViewModel::stationFigures)
                        .orElse(List.of(new Figure("staff.today.stationUnavailable", ""))));
            }
        }, error -> log.warn("The station's figures not read: {}", error.toString()));
    }

    private Slips countSlips(LocalDate today) throws Exception {
        List<SlipRecord> recent = slips.recent(SLIP_WINDOW);
        int issued = 0;
        int printed = 0;
        for (SlipRecord slip : recent) {
            if (LocalDate.ofInstant(slip.issuedAt(), clock.getZone()).equals(today)) {
                issued++;
                printed += slip.everPrinted() ? 1 : 0;
            }
        }
        return new Slips(issued, printed);
    }

    private void show(Read read) {
        Slips today = read.slips();
        PlatformFacts.Snapshot outbox = read.outbox();
        List<Figure> lines = new ArrayList<>(List.of(
                new Figure("staff.today.sessions", counters.count(DailyCounters.Tally.SESSIONS)),
                new Figure("staff.today.registrations", counters.count(DailyCounters.Tally.REGISTRATIONS)),
                new Figure("staff.today.slipsIssued", today.issued()),
                new Figure("staff.today.slipsPrinted", today.printed()),
                new Figure("staff.today.slipsNotPrinted", today.issued() - today.printed()),
                new Figure("staff.today.alerts", counters.count(DailyCounters.Tally.ALERTS)),
                new Figure("staff.today.outboxPending", outbox.pending() + outbox.parked())));
        figures.setAll(lines);
    }

    /** Whether a line is the platform's figure of the whole station (shown in a column of its own). */
    public static boolean stationWide(Figure figure) {
        return STATION_WIDE.contains(figure.labelKey());
    }

    private static final java.util.Set<String> STATION_WIDE = java.util.Set.of("staff.today.stationUnavailable",
            "staff.today.visits", "staff.today.funnelIdentified", "staff.today.funnelSearched",
            "staff.today.funnelReferred", "staff.today.funnelPrinted", "staff.today.ratings",
            "staff.today.ratingAverage", "staff.today.ratingLevels", "staff.today.staffCalls",
            "staff.today.statusChecks", "staff.today.appointments");

    /** The platform's figures of the whole station: the visit funnel, 好差评 per level, calls, status checks, 预约. */
    static List<Figure> stationFigures(DailyStationStats day) {
        DailyStationStats.Funnel funnel = day.funnel();
        DailyStationStats.Ratings ratings = day.ratings();
        List<Figure> lines = new ArrayList<>(List.of(
                new Figure("staff.today.visits", day.visits()),
                new Figure("staff.today.funnelIdentified", funnel.identified()),
                new Figure("staff.today.funnelSearched", funnel.searched()),
                new Figure("staff.today.funnelReferred", funnel.referred()),
                new Figure("staff.today.funnelPrinted", funnel.printed()),
                new Figure("staff.today.ratings", ratings.count()),
                new Figure("staff.today.ratingAverage",
                        ratings.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", ratings.average()))));
        lines.add(new Figure("staff.today.ratingLevels", ratings.verySatisfied() + " / " + ratings.satisfied() + " / "
                + ratings.neutral() + " / " + ratings.dissatisfied() + " / " + ratings.veryDissatisfied()));
        lines.add(new Figure("staff.today.staffCalls", day.staffCalls()));
        lines.add(new Figure("staff.today.statusChecks", day.statusChecks()));
        lines.add(new Figure("staff.today.appointments", day.appointments().booked() + " / "
                + day.appointments().cancelled() + " / " + day.appointments().lost()));
        return lines;
    }

    @Override
    public void clearSession() {
        figures.clear();
    }
}
