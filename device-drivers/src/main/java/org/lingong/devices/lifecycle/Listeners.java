package org.lingong.devices.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one device facade for one kind of event, called on a delivery executor. Adding and removing is
 * thread-safe; each event goes to the listeners registered when it is delivered, in registration order. A listener
 * that throws is logged and does not keep the event from the others.
 *
 * <p>Privacy: the log names the event only through {@code describe}, which must not reveal personal data.
 *
 * @param <E> the event type
 */
public final class Listeners<E> {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final String kind;
    private final String deviceName;
    private final Function<? super E, String> describe;
    private final Executor delivery;
    private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param kind       what the listeners are, for the log, e.g. {@code "card listener"}
     * @param deviceName the device's name, for the log
     * @param describe   how an event is named in the log when a listener fails (no personal data)
     * @param delivery   where the listeners run; must not be the device's owner thread
     */
    public Listeners(String kind, String deviceName, Function<? super E, String> describe, Executor delivery) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
        this.describe = Objects.requireNonNull(describe, "describe");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    public void add(Consumer<? super E> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(Consumer<? super E> listener) {
        listeners.remove(listener);
    }

    /** Hands {@code event} to the delivery executor, which calls every listener with it. */
    public void publish(E event) {
        delivery.execute(() -> deliver(event));
    }

    private void deliver(E event) {
        for (Consumer<? super E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("{} of {} failed on {}", kind, deviceName, describe.apply(event), e);
            }
        }
    }
}
