package org.lingong.platform.server.workers;

import java.time.Instant;
import java.util.UUID;

/**
 * Who changes a worker, and when: the terminal and its station that sent the event, the event's id and time at the
 * station, and when the platform applies it. Goes to the audit row.
 */
public record WorkerChangeSource(String terminalId, String stationCode, UUID eventId, Instant occurredAt,
                                 Instant receivedAt) {
}
