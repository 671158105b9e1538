package org.lingong.platform.api.remote;

/** Constants both sides rely on. */
public final class RemoteProtocol {

    /**
     * The kiosk's exit code for a remote restart (EX_TEMPFAIL). Its systemd unit restarts on it
     * ({@code Restart=always}, or {@code RestartForceExitStatus=75} with {@code Restart=on-failure}).
     */
    public static final int RESTART_EXIT_CODE = 75;

    /** Largest diagnostic bundle the platform accepts, in bytes. */
    public static final int MAX_DIAGNOSTIC_BYTES = 512 * 1024;

    private RemoteProtocol() {
    }
}
