package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.printer.ReceiptPrinterSession;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.devices.transport.spec.TransportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code probe}: which device answers on a port. SAM status ({@code 11 FF}) at 115200 then 9600 baud finds an
 * ID-card reader; DLE EOT 1 at the same rates finds an ESC/POS printer; a scanner never answers.
 */
@Command(name = "probe", description = {"Find out which device is on a port, and at which baud.",
    "Tries the ID-card reader's SAM status at 115200 then 9600 baud, then the printer's DLE EOT status.",
    "On a pseudo-terminal the baud is ignored by the kernel, so the first rate always 'answers'."})
final class ProbeCommand implements Callable<Integer> {

    private static final Duration PRINTER_REPLY_TIMEOUT = Duration.ofMillis(500);

    @ParentCommand
    DeviceCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "SPEC", description = "Port spec, e.g. /dev/ttyUSB0 or tcp:HOST:PORT")
    String port;

    @Override
    public Integer call() throws TransportException {
        PrintWriter out = spec.commandLine().getOut();
        TransportSpec target = TransportSpec.parse(port);
        try (Transport transport = cli.open(target)) {
            String found = probeReader(transport);
            if (found == null) {
                found = probePrinter(transport);
            }
            if (found == null) {
                throw new CliFailure(ExitCodes.NO_ANSWER, "no answer on " + target.describe()
                        + (transport instanceof SerialTransport ? " at " + IdCardReaderDevice.READER_BAUDS + " baud" : "")
                        + " — a scanner stays silent until it scans; try `scan --port " + port + "`");
            }
            String where = target instanceof TransportSpec.Serial serial ? serial.settings().path() : target.describe();
            out.println(where + ": " + found);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** The reader's description, or null if no reader answered. */
    private static String probeReader(Transport transport) throws TransportException {
        ReaderConnection reader;
        try {
            reader = ReaderConnection.on(transport, null);
        } catch (TransportException e) {
            if (e.reason() == Reason.TIMEOUT || e.reason() == Reason.PROTOCOL) {
                return null;
            }
            throw e;
        }
        String sam = reader.samId().map(SamId::format).orElse("unknown");
        return "ID-card reader (SAM)" + reader.baud().map(b -> " at " + b + " baud").orElse("") + ", SAM id " + sam;
    }

    /** The printer's description, or null if nothing answered DLE EOT. */
    private static String probePrinter(Transport transport) throws TransportException {
        List<Integer> bauds = transport instanceof SerialTransport ? IdCardReaderDevice.READER_BAUDS : List.of(0);
        for (int baud : bauds) {
            if (transport instanceof SerialTransport serial) {
                serial.setBaud(baud);
            }
            PrinterStatus status = printerStatus(transport);
            if (status != null) {
                return "ESC/POS receipt printer" + (baud > 0 ? " at " + baud + " baud" : "") + ", "
                        + PrinterStatusText.describe(status);
            }
        }
        return null;
    }

    private static PrinterStatus printerStatus(Transport transport) throws TransportException {
        try {
            PrinterStatus status = new ReceiptPrinterSession(transport, PrinterProfile.paper80(), PRINTER_REPLY_TIMEOUT)
                    .status();
            return status.has(PrinterCondition.NO_REPLY) ? null : status;
        } catch (TransportException e) {
            if (e.reason() == Reason.PROTOCOL) {
                return null;
            }
            throw e;
        }
    }
}
