package org.lingong.devices.cli;

import org.lingong.devices.transport.TransportException;

/** The CLI's exit codes, documented in the top-level help. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything not listed below. */
    public static final int OTHER = 1;
    /** Bad option, missing option, unparsable port spec. */
    public static final int USAGE = 2;
    /** The port, host or file does not exist or cannot be opened. */
    public static final int UNAVAILABLE = 3;
    /** The device did not answer (in time, or sensibly), or no card / code came before the timeout. */
    public static final int NO_ANSWER = 4;
    /** The device answered but is not ready: paper out, cover open, offline. */
    public static final int NOT_READY = 5;
    /** The device went away during the command (unplugged, connection dropped). */
    public static final int DISCONNECTED = 6;

    /** The text shown at the end of {@code --help}. */
    static final String HELP = """
            Exit codes:
              0  success
              1  other error
              2  usage: bad or missing option, bad port spec
              3  device not found / unavailable (no port, no permission, no listener)
              4  timeout / no answer (no reply, no card, no code)
              5  device not ready (paper out, cover open, offline)
              6  disconnected during the command (unplugged)""";

    private ExitCodes() {
    }

    static int of(TransportException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND, UNAVAILABLE -> UNAVAILABLE;
            case TIMEOUT, PROTOCOL -> NO_ANSWER;
            case DISCONNECTED -> DISCONNECTED;
            case IO -> OTHER;
        };
    }
}
