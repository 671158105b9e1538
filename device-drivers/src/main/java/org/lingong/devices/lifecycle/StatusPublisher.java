package org.lingong.devices.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits a {@link DeviceStatusEvent} when a device's state or message changes, on the callback executor,
 * in order. A listener that throws is logged and does not stop the others.
 */
final class StatusPublisher {

    private static final Logger log = LoggerFactory.getLogger(StatusPublisher.class);

    private final String deviceName;
    private final Clock clock;
    private final List<DeviceStatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatusEvent current;

    StatusPublisher(String deviceName, Clock clock) {
        this.deviceName = deviceName;
        this.clock = clock;
        this.current = new DeviceStatusEvent(deviceName, DeviceState.CLOSED, "", clock.instant());
    }

    void addListener(DeviceStatusListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(DeviceStatusListener listener) {
        listeners.remove(listener);
    }

    DeviceStatusEvent current() {
        return current;
    }

    /** Publishes if (state, message) differs from the last published one. Call from one thread only. */
    void publish(DeviceState state, String message, Executor callbacks) {
        DeviceStatusEvent last = current;
        if (last.state() == state && last.message().equals(message)) {
            return;
        }
        DeviceStatusEvent event = new DeviceStatusEvent(deviceName, state, message, clock.instant());
        current = event;
        log.info("{} is {}{}", deviceName, state, message.isEmpty() ? "" : ": " + message);
        callbacks.execute(() -> deliver(event));
    }

    private void deliver(DeviceStatusEvent event) {
        for (DeviceStatusListener listener : listeners) {
            try {
                listener.onStatus(event);
            } catch (RuntimeException e) {
                log.warn("status listener of {} failed on {}", deviceName, event.state(), e);
            }
        }
    }
}
