package org.lingong.kiosk.callstaff;

/** Where a call for staff stands, as the person at the kiosk sees it. */
public enum CallState {
    /** Nobody called in this session. */
    IDLE,
    /** Called: the station's staff screen shows the call (and the platform hears of it, now or later). */
    CALLED,
    /** Staff acknowledged the call: they are coming. */
    COMING
}
