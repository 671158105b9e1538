package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.probe.PortProbe;
import org.lingong.devices.probe.ProbeResult;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
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
            ProbeResult found = PortProbe.probe(transport);
            if (found instanceof ProbeResult.NoAnswer) {
                throw new CliFailure(ExitCodes.NO_ANSWER, "no answer on " + target.describe()
                        + (transport instanceof SerialTransport ? " at " + IdCardReaderDevice.READER_BAUDS + " baud" : "")
                        + " — a scanner stays silent until it scans; try `scan --port " + port + "`");
            }
            String where = target instanceof TransportSpec.Serial serial ? serial.settings().path() : target.describe();
            out.println(where + ": " + describe(found));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** One line for the technician: which device, at which baud, and its state. */
    static String describe(ProbeResult result) {
        if (result instanceof ProbeResult.IdCardReader reader) {
            return "ID-card reader (SAM)" + reader.baud().map(b -> " at " + b + " baud").orElse("") + ", SAM id "
                    + reader.samId().map(SamId::format).orElse("unknown");
        }
        ProbeResult.ReceiptPrinter printer = (ProbeResult.ReceiptPrinter) result;
        return "ESC/POS receipt printer" + printer.baud().map(b -> " at " + b + " baud").orElse("") + ", "
                + PrinterStatusText.describe(printer.status());
    }
}
