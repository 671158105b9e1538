package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lingong.devices.scanner.CodeScannerSession;
import org.lingong.devices.scanner.codec.ScanLineDecoder;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.spec.TransportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scan}: prints each code a serial scanner sends, one per line. */
@Command(name = "scan", description = {"Print each code the scanner sends (one line each).",
    "Stops after --count codes, or when no code arrives within --timeout (exit 4 if none arrived at all,",
    "or fewer than --count)."})
final class ScanCommand implements Callable<Integer> {

    @ParentCommand
    DeviceCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "SPEC", description = "Scanner port, e.g. /dev/ttyACM0 (9600 baud) or serial:/dev/ttyUSB0@115200")
    String port;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N codes (default: until --timeout passes without a code)")
    Integer count;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to wait for each code (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--raw", description = "Print the raw bytes in hex")
    boolean raw;

    @Override
    public Integer call() throws TransportException {
        PrintWriter out = spec.commandLine().getOut();
        try (Transport transport = cli.open(TransportSpec.parse(port))) {
            CodeScannerSession session = new CodeScannerSession(transport, new ScanLineDecoder(ScanLineDecoder.DEFAULT_MAX_LINE_BYTES));
            int scanned = 0;
            while (count == null || scanned < count) {
                Optional<ScanResult> next = session.next(Deadline.in(timeout));
                if (next.isEmpty()) {
                    break;
                }
                out.println(format(next.get()));
                out.flush();
                scanned++;
            }
            if (scanned == 0 || (count != null && scanned < count)) {
                throw new CliFailure(ExitCodes.NO_ANSWER, (scanned == 0 ? "no code" : "only " + scanned + " of " + count
                        + " codes") + " from " + transport.describe() + " within " + timeout.toSeconds()
                        + " s — scan a code; check the scanner is in serial (not keyboard) mode and the baud rate");
            }
            return ExitCodes.OK;
        }
    }

    private String format(ScanResult result) {
        if (result instanceof ScannedCode code) {
            return raw ? HexFormat.ofDelimiter(" ").formatHex(code.raw()) : code.text();
        }
        if (result instanceof ScanResult.Undecodable undecodable) {
            return "undecodable line (" + undecodable.reason() + "): " + HexFormat.ofDelimiter(" ").formatHex(undecodable.raw());
        }
        ScanResult.Overlong overlong = (ScanResult.Overlong) result;
        return "overlong line dropped: " + overlong.length() + " bytes (limit " + overlong.limit() + ")";
    }
}
