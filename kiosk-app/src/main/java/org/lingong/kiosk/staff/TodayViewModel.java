package org.lingong.kiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 今日统计 tab: today's sessions, registrations, referral slips issued / printed / not printed, staff alerts and
 * the events still waiting to go to the platform. Counts come from what the kiosk observes: {@link DailyCounters},
 * the slip archive ({@link SlipReprints#recent}) and the outbox. JavaFX thread only.
 */
public final class TodayViewModel implements SessionScoped {

    /** How many recent slips are read to count today's. */
    static final int SLIP_WINDOW = 500;

    /** One line of the figures: a message key and a number. */
    public record Figure(String labelKey, int value) {
    }

    private record Slips(int issued, int printed) {
    }

    private record Read(Slips slips, PlatformFacts.Snapshot outbox) {
    }

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

    public void refresh() {
        LocalDate today = counters.day();
        executor.submit(() -> new Read(countSlips(today), platform.snapshot()), read -> show(read.slips(), read.outbox()),
                error -> {
                    log.warn("Today's figures not read: {}", error.toString());
                    show(new Slips(0, 0), new PlatformFacts.Snapshot(java.util.Optional.empty(), 0, 0, java.util.Optional.empty()));
                });
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

    private void show(Slips today, PlatformFacts.Snapshot outbox) {
        figures.setAll(
                new Figure("staff.today.sessions", counters.count(DailyCounters.Tally.SESSIONS)),
                new Figure("staff.today.registrations", counters.count(DailyCounters.Tally.REGISTRATIONS)),
                new Figure("staff.today.slipsIssued", today.issued()),
                new Figure("staff.today.slipsPrinted", today.printed()),
                new Figure("staff.today.slipsNotPrinted", today.issued() - today.printed()),
                new Figure("staff.today.alerts", counters.count(DailyCounters.Tally.ALERTS)),
                new Figure("staff.today.outboxPending", outbox.pending() + outbox.parked()));
    }

    @Override
    public void clearSession() {
        figures.clear();
    }
}
