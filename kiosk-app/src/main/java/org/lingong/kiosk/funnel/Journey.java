package org.lingong.kiosk.funnel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.VisitCount;

/**
 * How far one worker session got, as the session ends.
 *
 * @param day       the station's day the session ended on
 * @param tiles     the codes of the attract tiles' screens opened, e.g. {@code FIND_JOB}
 * @param workerRef the identified worker's opaque reference (for a rating only, never in the funnel), or {@code null}
 * @param service   what the session did, for the rating: {@code REFERRAL} once a slip was asked for, else the last
 *                  tile opened, else {@code IDENTIFIED}
 */
public record Journey(LocalDate day, Set<String> tiles, boolean identified, boolean searched, boolean referred,
                      boolean printed, @Nullable String workerRef, String service) {

    public Journey {
        tiles = Set.copyOf(tiles);
    }

    /** The session's anonymous counts: one visit and the steps it reached. Nothing in it names the worker. */
    public VisitCount visitCount() {
        Map<String, Integer> perTile = new TreeMap<>();
        tiles.forEach(tile -> perTile.put(tile, 1));
        return new VisitCount(day, 1, one(identified), one(searched), one(referred), one(printed), perTile);
    }

    private static int one(boolean reached) {
        return reached ? 1 : 0;
    }
}
