package org.lingong.kiosk.remote;

/** Port: ends the kiosk process so that its service manager starts it again. */
@FunctionalInterface
public interface KioskExit {

    /**
     * Closes the application and exits with {@link org.lingong.platform.api.remote.RemoteProtocol#RESTART_EXIT_CODE};
     * returns at once (the exit happens on its own thread).
     */
    void restart();
}
