package org.lingong.platform.client.outbox;

/** One outbox row as stored: the payload still sealed; {@code attempts} = times sent so far. */
record StoredEvent(long seq, String eventId, String type, String workerRef, String occurredAt, byte[] sealedPayload,
                   int attempts) {
}
