package org.lingong.platform.api.heartbeat;

import java.time.Instant;
import org.lingong.platform.api.remote.SignedOrders;

/**
 * @param configVersion  version of the terminal's configuration held by the platform (0: none)
 * @param contentVersion current content version for the station's region
 * @param contentPending true if the kiosk's content is older: fetch {@code GET /api/v1/content}
 * @param jobsCursor     latest job change in the region: sync if newer than the kiosk's cursor
 * @param orders         signed configuration and commands, present only when the terminal reported an older
 *                       configuration or commands are waiting; kiosks before remote configuration ignore it
 */
public record HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                           String jobsCursor, SignedOrders orders) {

    /** An answer without orders (as platforms before remote configuration send it). */
    public HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                        String jobsCursor) {
        this(serverTime, configVersion, contentVersion, contentPending, jobsCursor, null);
    }
}
