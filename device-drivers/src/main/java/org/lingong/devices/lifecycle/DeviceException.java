package org.lingong.devices.lifecycle;

/** A device could not run an operation for a reason of its life cycle, not of the wire. */
public abstract class DeviceException extends Exception {

    private final String deviceName;

    protected DeviceException(String deviceName, String message) {
        super(deviceName + ": " + message);
        this.deviceName = deviceName;
    }

    protected DeviceException(String deviceName, String message, Throwable cause) {
        super(deviceName + ": " + message, cause);
        this.deviceName = deviceName;
    }

    public String deviceName() {
        return deviceName;
    }
}
