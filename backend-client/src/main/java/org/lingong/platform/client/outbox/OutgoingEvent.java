package org.lingong.platform.client.outbox;

import org.lingong.platform.api.events.EventEnvelope;

/** A queued event, decrypted for sending; {@code seq} is its position in the outbox, {@code attempts} how often it was sent before. */
record OutgoingEvent(long seq, EventEnvelope envelope, int attempts) {
}
