package org.lingong.kiosk.status;

import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the state of the ID-card reader, printer, scanner and platform connection. Implemented by
 * {@code org.lingong.kiosk.devices.DriverStatusSource} (the device drivers' status events, and the platform
 * link reported by {@code org.lingong.kiosk.platform}); tests use a fixed stand-in (DemoDeviceStatusSource in the test sources).
 *
 * <p>Threading: {@link #snapshot()} must not block; listeners may be called on any thread (the
 * kiosk moves the update to the UI thread itself) and must return quickly.
 */
public interface DeviceStatusSource {

    /** The latest known state of every device this source reports on. */
    List<DeviceStatus> snapshot();

    /** Registers a listener for changes; closing the returned handle unregisters it. */
    AutoCloseable subscribe(Consumer<DeviceStatus> listener);
}
