package org.lingong.kiosk.status;

import java.util.Locale;

/**
 * A device's (or the platform connection's) state as the worker and the staff need to see it.
 * Each state has its own icon and words, so colour is never the only signal.
 */
public enum DeviceState {
    /** Not known yet (starting up, first probe pending). */
    UNKNOWN,
    /** Working. */
    READY,
    /** Working but needs staff soon (paper low, slow connection). */
    ATTENTION,
    /** Not usable (unplugged, paper out, platform unreachable). */
    OFFLINE;

    public String labelKey() {
        return "status.state." + name().toLowerCase(Locale.ROOT);
    }
}
