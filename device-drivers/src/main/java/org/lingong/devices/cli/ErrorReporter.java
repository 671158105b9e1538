package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.spec.InvalidTransportSpecException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one {@code error: …} line on the command's stderr and an exit code. The stack trace
 * goes to the DEBUG log only ({@code --verbose}).
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return report(ex.getCommandLine(), ExitCodes.USAGE, ex.getMessage() + " (see --help)");
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        log.debug("{} failed", cmd.getCommandName(), ex);
        Throwable e = unwrap(ex);
        if (e instanceof CliFailure failure) {
            return report(cmd, failure.exitCode(), failure.getMessage());
        }
        if (e instanceof ParameterException p) {
            return report(cmd, ExitCodes.USAGE, p.getMessage() + " (see --help)");
        }
        if (e instanceof InvalidTransportSpecException spec) {
            return report(cmd, ExitCodes.USAGE, spec.getMessage());
        }
        if (e instanceof TransportException t) {
            return report(cmd, ExitCodes.of(t.reason()), t.getMessage() + hint(t));
        }
        if (e instanceof InterruptedException) {
            return report(cmd, ExitCodes.OTHER, "interrupted");
        }
        return report(cmd, ExitCodes.OTHER, e.toString() + " (run with --verbose for details)");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** What to do next; serial open failures already say it (in parentheses, or naming the dialout group). */
    private static String hint(TransportException e) {
        String message = String.valueOf(e.getMessage());
        boolean explained = message.contains("(") || message.contains("dialout");
        return switch (e.reason()) {
            case NOT_FOUND -> explained ? "" : " (check the port or address: is the device plugged in, the simulator running?)";
            case UNAVAILABLE -> explained ? "" : " (close other programs using it; check permissions)";
            case TIMEOUT, PROTOCOL -> " — check cable, power and baud rate, and that it is the right device";
            case DISCONNECTED -> " — the device went away: reconnect it and try again";
            case IO -> "";
        };
    }

    private static int report(CommandLine cmd, int exitCode, String message) {
        PrintWriter err = cmd.getErr();
        err.println("error: " + message.replace('\n', ' '));
        err.flush();
        return exitCode;
    }
}
