package org.lingong.devices.cli;

/** A failure a command reports as one {@code error:} line with its own exit code (see {@link ExitCodes}). */
final class CliFailure extends RuntimeException {

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
