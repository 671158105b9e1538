package org.lingong.kiosk.status;

/**
 * What is wrong with a device beyond its {@link DeviceState}, typed where the driver knows it (the status bar shows
 * words for it; the heartbeat reports it to the platform's fleet view without reading those words back).
 */
public enum DeviceProblem {
    NONE,
    /** Paper near its end: still printing. */
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    /** The device reports an error or does not answer. */
    FAULT
}
