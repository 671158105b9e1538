package org.lingong.platform.api.heartbeat;

import java.util.List;
import org.lingong.platform.api.remote.RemoteReport;

/**
 * Sent by a terminal every minute or so.
 *
 * @param outboxDepth          events not yet delivered (parked ones included)
 * @param oldestOutboxAgeSeconds age of the oldest undelivered event, 0 if none
 * @param diskFreeBytes        free bytes on the kiosk's data volume
 * @param contentVersion       the content version the kiosk holds (0 if none)
 * @param parkedEvents         events the platform refused for good, waiting for staff at the station
 * @param parked               the first few of them, for the fleet page's alert (no personal data)
 * @param remote               what the terminal applied of the platform's remote orders; null from kiosks before
 *                             remote configuration (the platform then keeps what it knew)
 */
public record Heartbeat(String appVersion, List<DeviceReport> devices, int outboxDepth, long oldestOutboxAgeSeconds,
                        long diskFreeBytes, long contentVersion, int parkedEvents, List<ParkedReport> parked,
                        RemoteReport remote) {

    /** At most this many {@link ParkedReport}s travel in one heartbeat. */
    public static final int MAX_PARKED_REPORTS = 10;

    public Heartbeat {
        parked = parked == null ? List.of() : List.copyOf(parked);
    }

    /** A heartbeat without a remote report (as kiosks before remote configuration send it). */
    public Heartbeat(String appVersion, List<DeviceReport> devices, int outboxDepth, long oldestOutboxAgeSeconds,
                     long diskFreeBytes, long contentVersion, int parkedEvents, List<ParkedReport> parked) {
        this(appVersion, devices, outboxDepth, oldestOutboxAgeSeconds, diskFreeBytes, contentVersion, parkedEvents, parked,
                null);
    }

    /** A heartbeat from a terminal with nothing parked. */
    public Heartbeat(String appVersion, List<DeviceReport> devices, int outboxDepth, long oldestOutboxAgeSeconds,
                     long diskFreeBytes, long contentVersion) {
        this(appVersion, devices, outboxDepth, oldestOutboxAgeSeconds, diskFreeBytes, contentVersion, 0, List.of());
    }
}
