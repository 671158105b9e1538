package org.lingong.platform.api.remote;

/** What an operator can ask a terminal to do once. */
public enum CommandKind {
    /** Exit with {@code RemoteProtocol.RESTART_EXIT_CODE}; the service manager starts the kiosk again. */
    RESTART,
    /** Drop the job catalog's cursor and fetch the region's jobs again. */
    RESYNC_CATALOG,
    /** Upload a redacted diagnostic bundle ({@code POST /api/v1/diagnostics}). */
    UPLOAD_DIAGNOSTICS,
    /** Print a test page on the receipt printer. */
    PRINT_TEST_PAGE
}
