package org.lingong.kiosk.status;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the status bar shown on every screen: one state property per {@link DeviceKind}.
 * {@link #start()} (on the UI thread, once the toolkit runs) reads the source's snapshot and
 * subscribes; updates then arrive on any thread and are applied on the UI thread through the
 * {@link TaskExecutor}. Until then every state is {@link DeviceState#UNKNOWN}.
 */
public final class StatusBarViewModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusBarViewModel.class);

    private final Map<DeviceKind, ReadOnlyObjectWrapper<DeviceState>> states = new EnumMap<>(DeviceKind.class);
    private final Map<DeviceKind, ReadOnlyObjectWrapper<String>> words = new EnumMap<>(DeviceKind.class);
    private final DeviceStatusSource source;
    private final TaskExecutor executor;
    private @Nullable AutoCloseable subscription;

    public StatusBarViewModel(DeviceStatusSource source, TaskExecutor executor) {
        this.source = source;
        this.executor = executor;
        for (DeviceKind kind : DeviceKind.values()) {
            states.put(kind, new ReadOnlyObjectWrapper<>(this, kind.name(), DeviceState.UNKNOWN));
            words.put(kind, new ReadOnlyObjectWrapper<>(this, kind.name() + "Words", DeviceState.UNKNOWN.labelKey()));
        }
    }

    /** Shows the current states and follows changes from now on; a second call does nothing. */
    public void start() {
        if (subscription != null) {
            return;
        }
        // subscribe first: a change between the snapshot and the subscription would otherwise be lost (the devices
        // start with the context and report while the UI comes up); changes queued meanwhile are newer than the
        // snapshot or equal to it, so applying them afterwards ends in the latest state
        subscription = source.subscribe(status -> executor.runOnUiThread(() -> apply(status)));
        source.snapshot().forEach(this::apply);
    }

    public ReadOnlyObjectProperty<DeviceState> stateProperty(DeviceKind kind) {
        return states.get(kind).getReadOnlyProperty();
    }

    /** The message key of the words for the device's state, e.g. {@code status.printer.paperOut}. */
    public ReadOnlyObjectProperty<String> wordsKeyProperty(DeviceKind kind) {
        return words.get(kind).getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void apply(DeviceStatus status) {
        DeviceState previous = states.get(status.kind()).get();
        String previousWords = words.get(status.kind()).get();
        if (previous != status.state() || !previousWords.equals(status.wordsKey())) {
            log.info("Device {} {} ({}) -> {} ({})", status.kind(), previous, previousWords, status.state(),
                    status.wordsKey());
        }
        words.get(status.kind()).set(status.wordsKey());
        states.get(status.kind()).set(status.state());
    }
}
