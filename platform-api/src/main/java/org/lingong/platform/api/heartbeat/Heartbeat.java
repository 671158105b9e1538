package org.lingong.platform.api.heartbeat;

import java.util.List;

/**
 * Sent by a terminal every minute or so.
 *
 * @param outboxDepth          events not yet delivered
 * @param oldestOutboxAgeSeconds age of the oldest undelivered event, 0 if none
 * @param diskFreeBytes        free bytes on the kiosk's data volume
 * @param contentVersion       the content version the kiosk holds (0 if none)
 */
public record Heartbeat(String appVersion, List<DeviceReport> devices, int outboxDepth, long oldestOutboxAgeSeconds,
                        long diskFreeBytes, long contentVersion) {
}
