package org.lingong.platform.api.remote;

import java.util.List;

/**
 * The remote-control part of a heartbeat: what the terminal applied.
 *
 * @param configVersion  the configuration version the terminal holds and applied (0: none)
 * @param lastRefusal    the last orders it refused, or null
 * @param results        results of recent commands (the platform records each once; resending is harmless)
 */
public record RemoteReport(long configVersion, ConfigRefusal lastRefusal, List<CommandResult> results) {

    /** At most this many results travel in one heartbeat. */
    public static final int MAX_RESULTS = 20;

    public RemoteReport {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
