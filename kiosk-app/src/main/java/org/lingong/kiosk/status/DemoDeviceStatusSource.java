package org.lingong.kiosk.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Demo stand-in until the drivers and the platform client are wired: the devices report ready
 * (the kiosk will run against simulators by default) and the platform is not connected, which is
 * the truth while no platform client exists. {@link #publish} changes a state, as a driver would.
 */
public final class DemoDeviceStatusSource implements DeviceStatusSource {

    private final Map<DeviceKind, DeviceState> states = new EnumMap<>(DeviceKind.class);
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();

    public DemoDeviceStatusSource() {
        states.put(DeviceKind.ID_CARD_READER, DeviceState.READY);
        states.put(DeviceKind.PRINTER, DeviceState.READY);
        states.put(DeviceKind.SCANNER, DeviceState.READY);
        states.put(DeviceKind.PLATFORM, DeviceState.OFFLINE);
    }

    @Override
    public synchronized List<DeviceStatus> snapshot() {
        return states.entrySet().stream().map(e -> new DeviceStatus(e.getKey(), e.getValue())).toList();
    }

    @Override
    public AutoCloseable subscribe(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(DeviceStatus status) {
        synchronized (this) {
            states.put(status.kind(), status.state());
        }
        listeners.forEach(listener -> listener.accept(status));
    }
}
