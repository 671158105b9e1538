package org.lingong.devices.lifecycle;

/**
 * Receives status changes. Called on the device's callback thread ({@code device-NAME-callbacks}), never on the
 * owner thread, one event at a time and in order; must return quickly (hand UI work to the UI thread).
 */
@FunctionalInterface
public interface DeviceStatusListener {
    void onStatus(DeviceStatusEvent event);
}
