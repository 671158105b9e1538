package org.lingong.platform.api.heartbeat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.remote.SignedOrders;

/**
 * @param configVersion  version of the terminal's configuration held by the platform (0: none)
 * @param contentVersion current content version for the station's region
 * @param contentPending true if the kiosk's content is older: fetch {@code GET /api/v1/content}
 * @param jobsCursor     latest job change in the region: sync if newer than the kiosk's cursor
 * @param orders         signed configuration and commands, present only when the terminal reported an older
 *                       configuration or commands are waiting; kiosks before remote configuration ignore it
 * @param acknowledgedCalls event ids of this terminal's {@code STAFF_CALLED} events that staff acknowledged in the
 *                          console (马上到) within the last 30 minutes; empty if none. A kiosk tells the person
 *                          waiting that someone is coming; an id it does not know (an older call) it ignores.
 */
public record HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                           String jobsCursor, SignedOrders orders, List<UUID> acknowledgedCalls) {

    public HeartbeatAck {
        acknowledgedCalls = acknowledgedCalls == null ? List.of() : List.copyOf(acknowledgedCalls);
    }

    /** An answer without acknowledged calls (as platforms before the console's call list send it). */
    public HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                        String jobsCursor, SignedOrders orders) {
        this(serverTime, configVersion, contentVersion, contentPending, jobsCursor, orders, List.of());
    }

    /** An answer without orders (as platforms before remote configuration send it). */
    public HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                        String jobsCursor) {
        this(serverTime, configVersion, contentVersion, contentPending, jobsCursor, null);
    }
}
