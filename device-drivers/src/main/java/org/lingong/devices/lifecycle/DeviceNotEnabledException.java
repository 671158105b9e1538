package org.lingong.devices.lifecycle;

/** The device is not in {@link LifecycleState#ENABLED}: opened but not enabled, disabled, or closed. */
public final class DeviceNotEnabledException extends DeviceException {

    private final LifecycleState state;

    public DeviceNotEnabledException(String deviceName, LifecycleState state) {
        super(deviceName, "device is " + state + ", not ENABLED");
        this.state = state;
    }

    public LifecycleState state() {
        return state;
    }
}
