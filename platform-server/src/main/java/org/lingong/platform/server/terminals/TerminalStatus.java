package org.lingong.platform.server.terminals;

import java.time.Instant;

/** A row of the fleet view. {@code deviceStates} is a short text such as {@code printer=ONLINE, idcard=OFFLINE}. */
public record TerminalStatus(String id, String stationCode, String stationName, Instant enrolledAt, Instant revokedAt,
                             Instant lastSeenAt, String appVersion, String deviceStates, Integer outboxDepth,
                             Long outboxAgeSeconds, Long diskFreeBytes) {
}
