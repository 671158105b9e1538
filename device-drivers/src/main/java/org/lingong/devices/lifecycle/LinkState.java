package org.lingong.devices.lifecycle;

/** Whether a device's transport is up; combined with the life cycle it gives the published {@link DeviceState}. */
enum LinkState {
    UP, DOWN, RECONNECTING;

    /**
     * CLOSED when closed; OFFLINE / RECONNECTING while the link is not up; otherwise DISABLED unless enabled, ERROR
     * while the last periodic task failed, else ONLINE.
     */
    static DeviceState effectiveState(LifecycleState lifecycle, LinkState link, String periodicError) {
        if (lifecycle == LifecycleState.CLOSED) {
            return DeviceState.CLOSED;
        }
        return switch (link) {
            case DOWN -> DeviceState.OFFLINE;
            case RECONNECTING -> DeviceState.RECONNECTING;
            case UP -> lifecycle != LifecycleState.ENABLED ? DeviceState.DISABLED
                    : periodicError != null ? DeviceState.ERROR : DeviceState.ONLINE;
        };
    }
}
