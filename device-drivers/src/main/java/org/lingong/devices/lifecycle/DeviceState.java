package org.lingong.devices.lifecycle;

/** What a status display should show for a device. */
public enum DeviceState {
    /** Enabled and the link is up. */
    ONLINE,
    /** The link is down (never came up, or was lost); a reconnect is scheduled. */
    OFFLINE,
    /** A reconnect attempt is running. */
    RECONNECTING,
    /** The link is up but the device is opened and not enabled, or disabled. */
    DISABLED,
    /** The device was closed. */
    CLOSED,
    /** The link is up but the last periodic task (health probe, poll) failed; the message says why. */
    ERROR
}
