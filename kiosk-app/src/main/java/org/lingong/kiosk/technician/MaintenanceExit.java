package org.lingong.kiosk.technician;

/**
 * Port: the technician's way out of the locked kiosk session. The installed kiosk's session ({@code lingong-kiosk
 * session} in the unit) then ends for good instead of being restarted, so that the technician can log in on a text
 * console (Ctrl+Alt+F2); {@code systemctl start lingong-kiosk} brings the kiosk back.
 */
@FunctionalInterface
public interface MaintenanceExit {

    /** Closes the kiosk; returns at once (the exit happens on its own thread). */
    void exitToMaintenance();
}
