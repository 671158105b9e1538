package org.lingong.platform.api.heartbeat;

import java.time.Instant;

/**
 * @param configVersion  version of the terminal configuration held by the platform
 * @param contentVersion current content version for the station's region
 * @param contentPending true if the kiosk's content is older: fetch {@code GET /api/v1/content}
 * @param jobsCursor     latest job change in the region: sync if newer than the kiosk's cursor
 */
public record HeartbeatAck(Instant serverTime, long configVersion, long contentVersion, boolean contentPending,
                           String jobsCursor) {
}
