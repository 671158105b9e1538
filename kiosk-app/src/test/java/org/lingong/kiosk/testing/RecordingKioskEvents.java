package org.lingong.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.platform.api.events.EventPayload;
import org.lingong.platform.api.events.EventType;

/** A {@link KioskEvents} that keeps what it was given; {@link #failing()} makes every send throw (a broken disk). */
public final class RecordingKioskEvents implements KioskEvents {

    /** One event as handed over. */
    public record Sent(UUID eventId, EventType type, @Nullable String workerRef, EventPayload payload) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private boolean failing;

    public RecordingKioskEvents failing() {
        failing = true;
        return this;
    }

    @Override
    public synchronized void send(UUID eventId, EventType type, @Nullable String workerRef, EventPayload payload)
            throws Exception {
        if (failing) {
            throw new java.io.IOException("disk full");
        }
        sent.add(new Sent(eventId, type, workerRef, payload));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> of(EventType type) {
        return sent.stream().filter(s -> s.type() == type).toList();
    }
}
