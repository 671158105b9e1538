package org.lingong.kiosk.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A fixed stand-in source (for view-model tests and harnesses without devices): the devices report ready and
 * the platform is not connected. {@link #publish} changes a state, as a driver would. The app itself uses
 * {@code org.lingong.kiosk.devices.DriverStatusSource}.
 */
public final class DemoDeviceStatusSource implements DeviceStatusSource {

    private final Map<DeviceKind, DeviceStatus> states = new EnumMap<>(DeviceKind.class);
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();

    public DemoDeviceStatusSource() {
        states.put(DeviceKind.ID_CARD_READER, new DeviceStatus(DeviceKind.ID_CARD_READER, DeviceState.READY));
        states.put(DeviceKind.PRINTER, new DeviceStatus(DeviceKind.PRINTER, DeviceState.READY));
        states.put(DeviceKind.SCANNER, new DeviceStatus(DeviceKind.SCANNER, DeviceState.READY));
        states.put(DeviceKind.PLATFORM, new DeviceStatus(DeviceKind.PLATFORM, DeviceState.OFFLINE));
    }

    @Override
    public synchronized List<DeviceStatus> snapshot() {
        return List.copyOf(states.values());
    }

    @Override
    public AutoCloseable subscribe(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(DeviceStatus status) {
        synchronized (this) {
            states.put(status.kind(), status);
        }
        listeners.forEach(listener -> listener.accept(status));
    }
}
