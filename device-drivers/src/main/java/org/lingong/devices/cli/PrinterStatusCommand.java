package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lingong.devices.printer.ReceiptPrinterSession;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code printer-status}: DLE EOT 1, 2, 4 (and 3 on error), decoded. Any answered state exits 0. */
@Command(name = "printer-status", description = {"Read and decode the printer's real-time status (DLE EOT).",
    "Exits 0 whatever the state (paper out included) as long as the printer answers; 4 when it does not."})
final class PrinterStatusCommand implements Callable<Integer> {

    @ParentCommand
    DeviceCli cli;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PrinterTarget target;

    @Override
    public Integer call() throws TransportException {
        try (Transport transport = cli.open(target.spec())) {
            PrinterStatus status = new ReceiptPrinterSession(transport, PrinterProfile.paper80(),
                    PrintTestCommand.REPLY_TIMEOUT).status();
            if (status.has(PrinterCondition.NO_REPLY)) {
                throw new CliFailure(ExitCodes.NO_ANSWER, "printer on " + transport.describe()
                        + " " + PrinterStatusText.NO_REPLY + " — check power, cable and baud rate");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(transport.describe() + ": " + PrinterStatusText.describe(status));
            status.blockingCondition().ifPresent(c -> out.println("to print: " + PrinterStatusText.remedy(c)));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
