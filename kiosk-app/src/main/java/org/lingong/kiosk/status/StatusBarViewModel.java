package org.lingong.kiosk.status;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.executor.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the status bar shown on every screen: one state property per {@link DeviceKind}.
 * Updates from the {@link DeviceStatusSource} arrive on any thread and are applied on the UI
 * thread through the {@link TaskExecutor}.
 */
public final class StatusBarViewModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusBarViewModel.class);

    private final Map<DeviceKind, ReadOnlyObjectWrapper<DeviceState>> states = new EnumMap<>(DeviceKind.class);
    private final AutoCloseable subscription;

    public StatusBarViewModel(DeviceStatusSource source, TaskExecutor executor) {
        for (DeviceKind kind : DeviceKind.values()) {
            states.put(kind, new ReadOnlyObjectWrapper<>(this, kind.name(), DeviceState.UNKNOWN));
        }
        source.snapshot().forEach(this::apply);
        this.subscription = source.subscribe(status -> executor.runOnUiThread(() -> apply(status)));
    }

    public ReadOnlyObjectProperty<DeviceState> stateProperty(DeviceKind kind) {
        return states.get(kind).getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }

    private void apply(DeviceStatus status) {
        DeviceState previous = states.get(status.kind()).get();
        if (previous != status.state()) {
            log.info("Device {} {} -> {}", status.kind(), previous, status.state());
        }
        states.get(status.kind()).set(status.state());
    }
}
