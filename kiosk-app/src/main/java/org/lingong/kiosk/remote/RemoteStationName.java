package org.lingong.kiosk.remote;

import java.util.List;

import org.lingong.kiosk.config.CurrentStation;
import org.lingong.platform.api.remote.TerminalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the remote configuration's station name in force live ({@link CurrentStation}): the top bar of every screen,
 * the next slip and the next call to staff carry it, no restart. A configuration that leaves it empty brings back the
 * kiosk's own name ({@code kiosk.station.name} in {@code config/kiosk.yml}, as read at start without the remote
 * configuration), which is also what the next start would use. The station code never changes. Thread-safe (the
 * holder is).
 */
public final class RemoteStationName {

    private static final Logger log = LoggerFactory.getLogger(RemoteStationName.class);

    private final CurrentStation station;
    private final String ownName;

    /** @param ownName the kiosk's own station name, without the remote configuration */
    public RemoteStationName(CurrentStation station, String ownName) {
        this.station = station;
        this.ownName = ownName;
    }

    /** Applies the station name of the settings; returns what it applied, in words for the log. */
    List<String> apply(TerminalSettings settings) {
        String wanted = settings.stationName();
        boolean byPlatform = wanted != null && !wanted.isBlank();
        boolean changed = station.rename(byPlatform ? wanted : ownName);
        if (changed) {
            log.info("Station name from now on (screens, slips, staff calls): {}", station.name());
        }
        if (byPlatform) {
            return List.of("station name");
        }
        return changed ? List.of("station name back to the kiosk's own") : List.of();
    }
}
