package org.lingong.platform.api.events;

import java.time.LocalDate;
import java.util.Map;

/**
 * Payload of {@code VISIT_COUNT}: anonymous sessions started on {@code day} since the last report, and how far they got
 * (the visit funnel: attract → identified → searched → referral → printed). Counts only: nothing in it names or could
 * single out a person. The funnel's counts are boxed so that a report without them (kiosks before the funnel)
 * reads as zeros.
 *
 * @param visits     sessions
 * @param identified of those, sessions in which a worker was identified (card, worker code, registration)
 * @param searched   sessions that searched for jobs
 * @param referred   sessions that reached 我要报名 (a referral)
 * @param printed    sessions that left with a printed slip
 * @param tiles      sessions per attract tile opened (tile code → sessions), empty when none
 */
public record VisitCount(LocalDate day, int visits, Integer identified, Integer searched, Integer referred,
                         Integer printed, Map<String, Integer> tiles) implements EventPayload {

    public VisitCount {
        identified = identified == null ? 0 : identified;
        searched = searched == null ? 0 : searched;
        referred = referred == null ? 0 : referred;
        printed = printed == null ? 0 : printed;
        tiles = tiles == null ? Map.of() : Map.copyOf(tiles);
    }

    /** A bare visit count (kiosks before the funnel sent only these). */
    public VisitCount(LocalDate day, int visits) {
        this(day, visits, 0, 0, 0, 0, Map.of());
    }
}
