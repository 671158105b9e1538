package org.lingong.devices.cli;

import java.util.Arrays;
import java.util.List;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Technician command line for the kiosk's devices: {@code java -jar lingong-devices.jar COMMAND}. Build the
 * configured command line with {@link #newCommandLine()} (error handlers, exit codes); {@link #main} adds the
 * CLI's own logging configuration.
 */
@Command(name = "lingong-devices", mixinStandardHelpOptions = true, version = "lingong-devices 0.1.0",
        description = "Find, test and simulate the kiosk's ID-card reader, receipt printer and code scanner.",
        subcommands = {PortsCommand.class, ProbeCommand.class, ReadCardCommand.class, PrintTestCommand.class,
            PrinterStatusCommand.class, ScanCommand.class, SimulateCommand.class, DemoCommand.class},
        footer = {"", "Port specs: /dev/ttyUSB0  serial:/dev/ttyS0@9600  tcp:HOST:PORT", "            file:/dev/usb/lp0  sim:idcard",
            "", ExitCodes.HELP},
        scope = CommandLine.ScopeType.INHERIT)
public final class DeviceCli implements Runnable {

    /** Logback configuration of the CLI (WARN to stderr); the library itself ships no logback.xml. */
    static final String LOGBACK_RESOURCE = "lingong-devices-logback.xml";

    @Option(names = {"-v", "--verbose"}, description = "Log DEBUG to stderr (set before logging starts).",
            scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    private final SimulatorTransports simulators;

    public DeviceCli() {
        this(new CliSimulators());
    }

    DeviceCli(SimulatorTransports simulators) {
        this.simulators = simulators;
    }

    /** What {@code sim:NAME} port specs resolve to in this process. */
    SimulatorTransports simulators() {
        return simulators;
    }

    /** A new transport for {@code target}, opened; the caller closes it. Nothing stays open when opening fails. */
    Transport open(TransportSpec target) throws TransportException {
        Transport transport = target.factory(simulators).create();
        try {
            transport.open();
            return transport;
        } catch (TransportException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** A command line with the CLI's error handlers: one {@code error:} line and an exit code, never a trace. */
    public static CommandLine newCommandLine() {
        return configure(new CommandLine(new DeviceCli()));
    }

    static CommandLine configure(CommandLine commandLine) {
        ErrorReporter errors = new ErrorReporter();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args));
        int exitCode = newCommandLine().execute(args);
        System.exit(exitCode);
    }

    /** Must run before the first logger is created: logback reads these properties once, at start-up. */
    private static void configureLogging(List<String> args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_RESOURCE);
        }
        if (args.contains("-v") || args.contains("--verbose")) {
            System.setProperty("lingong.log.level", "DEBUG");
        }
    }
}
