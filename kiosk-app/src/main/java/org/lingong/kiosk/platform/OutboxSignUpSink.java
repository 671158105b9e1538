package org.lingong.kiosk.platform;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.content.SignUpSink;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.SignUp;
import org.lingong.platform.api.events.SignUpTarget;
import org.lingong.platform.client.BackendClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sign-up becomes a {@code SIGN_UP} event in the encrypted outbox, durable when {@link #send} returns (so the
 * kiosk may confirm it offline), then the dispatcher is woken to send it. With the identified worker's reference,
 * else anonymous (the platform accepts both). The event id is the idempotency key: the platform records it once. A
 * worker the platform already refused a record of gets {@link WorkerRefused} (nothing is queued): they are never told
 * 已报名 for a sign-up the platform would refuse.
 *
 * <p>Blocking (disk): called through the task executor, never on the JavaFX thread.
 */
public final class OutboxSignUpSink implements SignUpSink {

    private static final Logger log = LoggerFactory.getLogger(OutboxSignUpSink.class);

    private final BackendClient backend;
    private final Clock clock;

    public OutboxSignUpSink(BackendClient backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @Override
    public void send(SignUpTarget target, long itemId, @Nullable String workerRef) throws WorkerRefused {
        if (workerRef != null && backend.outbox().hasParked(workerRef)) {
            throw new WorkerRefused("the platform refused an earlier event of this worker; staff must see to it");
        }
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), EventType.SIGN_UP, clock.instant(), workerRef,
                new SignUp(target, itemId));
        backend.outbox().append(event);
        log.info("Sign-up for {} {} queued for the platform as event {}", target, itemId, event.eventId());
        backend.dispatcher().wake();
    }
}
