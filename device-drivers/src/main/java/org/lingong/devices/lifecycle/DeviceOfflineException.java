package org.lingong.devices.lifecycle;

/** The device's link is down (unplugged, not yet reconnected): the operation was refused at once, not queued. */
public final class DeviceOfflineException extends DeviceException {

    public DeviceOfflineException(String deviceName, String lastReason) {
        super(deviceName, "device offline" + (lastReason.isEmpty() ? "" : " (" + lastReason + ")"));
    }
}
