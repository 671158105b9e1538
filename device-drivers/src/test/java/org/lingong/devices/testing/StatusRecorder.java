package org.lingong.devices.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.DeviceStatusEvent;
import org.lingong.devices.lifecycle.DeviceStatusListener;

/** Records status events and lets a test wait for one. */
public final class StatusRecorder implements DeviceStatusListener {

    private final LinkedBlockingQueue<DeviceStatusEvent> queue = new LinkedBlockingQueue<>();
    private final List<DeviceStatusEvent> seen = new ArrayList<>();
    private final List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void onStatus(DeviceStatusEvent event) {
        threads.add(Thread.currentThread().getName());
        queue.add(event);
    }

    /** Waits up to 20 s for {@code state}; returns the states seen on the way, ending with it. */
    public List<DeviceState> awaitState(DeviceState state) throws InterruptedException {
        List<DeviceState> path = new ArrayList<>();
        while (true) {
            DeviceStatusEvent event = queue.poll(20, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no " + state + " within 20 s; saw " + path + " (all: " + states() + ")");
            }
            seen.add(event);
            path.add(event.state());
            if (event.state() == state) {
                return path;
            }
        }
    }

    /** Every event taken so far by {@link #awaitState}. */
    public List<DeviceState> states() {
        return seen.stream().map(DeviceStatusEvent::state).toList();
    }

    public List<DeviceStatusEvent> events() {
        return List.copyOf(seen);
    }

    /** Names of the threads that delivered events. */
    public List<String> threads() {
        return threads;
    }
}
