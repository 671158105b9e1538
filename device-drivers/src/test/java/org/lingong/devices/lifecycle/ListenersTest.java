package org.lingong.devices.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ListenersTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final Executor queue = queued::add;
    private final Listeners<String> listeners = new Listeners<>("test listener", "dev", e -> "event", queue);

    @Test
    void eventsRunOnTheDeliveryExecutorNotOnThePublisher() {
        List<String> seen = new ArrayList<>();
        listeners.add(seen::add);

        listeners.publish("a");

        assertThat(seen).isEmpty();
        runQueued();
        assertThat(seen).containsExactly("a");
    }

    @Test
    void aThrowingListenerDoesNotKeepTheEventFromTheOthers() {
        List<String> seen = new ArrayList<>();
        listeners.add(e -> {
            throw new IllegalStateException("listener bug");
        });
        listeners.add(seen::add);

        listeners.publish("a");
        runQueued();

        assertThat(seen).containsExactly("a");
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<String> seen = new ArrayList<>();
        Consumer<String> listener = seen::add;
        listeners.add(listener);
        listeners.publish("a");
        runQueued();

        listeners.remove(listener);
        listeners.publish("b");
        runQueued();

        assertThat(seen).containsExactly("a");
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
