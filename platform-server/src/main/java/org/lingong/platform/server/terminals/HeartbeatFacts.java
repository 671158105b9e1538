package org.lingong.platform.server.terminals;

import java.time.Instant;

/**
 * What one heartbeat tells about its terminal, written in one statement ({@link TerminalRepository#heartbeatUpdate}).
 *
 * @param deviceStates          "printer=ONLINE, idcard=ONLINE"
 * @param parkedSummary         {@link ParkedSummary#encode}
 * @param kioskContentVersion   the catalog version the kiosk holds
 * @param currentContentVersion the platform's current one for its station
 * @param clockSkewMillis       server time minus the request's signed time
 * @param appliedConfigVersion  the remote configuration the kiosk reports applied; null when it sent no remote report
 *                              (then neither it nor {@code configRefusal} is written)
 * @param configRefusal         the last configuration the kiosk refused and why, or null
 */
public record HeartbeatFacts(Instant seenAt, String appVersion, String deviceStates, int outboxDepth,
                             long outboxAgeSeconds, long diskFreeBytes, int parkedEvents, String parkedSummary,
                             long kioskContentVersion, long currentContentVersion, long clockSkewMillis,
                             Long appliedConfigVersion, String configRefusal) {
}
