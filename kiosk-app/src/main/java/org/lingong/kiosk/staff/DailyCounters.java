package org.lingong.kiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Today's figures that the kiosk observes itself (sessions, registrations, staff alerts). They start again at local
 * midnight (the clock's zone). Not session scoped: they hold counts only. Thread-safe.
 */
public final class DailyCounters {

    /** What is counted. */
    public enum Tally {
        /** Worker sessions ended (idle timeout or finished), staff sessions not counted. */
        SESSIONS,
        /** Workers registered at this kiosk. */
        REGISTRATIONS,
        /** Staff alerts raised. */
        ALERTS
    }

    private final Clock clock;
    private final Map<Tally, Integer> counts = new EnumMap<>(Tally.class);
    private LocalDate day;

    public DailyCounters(Clock clock) {
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    public synchronized void increment(Tally tally) {
        rollOver();
        counts.merge(tally, 1, Integer::sum);
    }

    public synchronized int count(Tally tally) {
        rollOver();
        return counts.getOrDefault(tally, 0);
    }

    /** The local day the counts belong to. */
    public synchronized LocalDate day() {
        rollOver();
        return day;
    }

    private void rollOver() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            counts.clear();
            day = today;
        }
    }
}
