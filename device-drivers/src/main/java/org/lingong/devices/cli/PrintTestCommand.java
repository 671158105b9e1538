package org.lingong.devices.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lingong.devices.printer.PrintJob;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterSession;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code print-test}: prints the fictional sample referral slip (Chinese text and a QR code). */
@Command(name = "print-test", description = {"Print the sample referral slip (fictional worker, Chinese text, QR code).",
    "Checks the printer's status first and refuses (nothing printed, exit 5) on paper out, cover open or offline."})
final class PrintTestCommand implements Callable<Integer> {

    static final Duration REPLY_TIMEOUT = Duration.ofMillis(800);

    @ParentCommand
    DeviceCli cli;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PrinterTarget target;

    @Option(names = "--width", paramLabel = "58|80", defaultValue = "58", description = "Paper width in mm (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--raster-qr", description = "Send the QR code as a raster image (printers without GS ( k)")
    boolean rasterQr;

    @Option(names = "--one-way", description = "Do not ask for status (write-only path such as /dev/usb/lp0 without read-back)")
    boolean oneWay;

    @Override
    public Integer call() throws TransportException {
        PrinterProfile profile = profile();
        PrintJob job = new ReceiptLayout(profile).referralSlip(SampleSlip.text());
        try (Transport transport = cli.open(target.spec())) {
            PrintResult result = new ReceiptPrinterSession(transport, profile, REPLY_TIMEOUT).print(job);
            return report(transport.describe(), profile, result);
        }
    }

    private int report(String where, PrinterProfile profile, PrintResult result) {
        if (result instanceof PrintResult.NotPrinted refused) {
            PrinterCondition reason = refused.reason();
            int code = reason == PrinterCondition.NO_REPLY ? ExitCodes.NO_ANSWER : ExitCodes.NOT_READY;
            String state = reason == PrinterCondition.NO_REPLY ? PrinterStatusText.NO_REPLY
                    : "is not ready: " + PrinterStatusText.describe(refused.status());
            throw new CliFailure(code, "printer on " + where + " " + state + "; nothing was printed — "
                    + PrinterStatusText.remedy(reason));
        }
        PrintResult.Printed printed = (PrintResult.Printed) result;
        PrintWriter out = spec.commandLine().getOut();
        out.println("printed the sample referral slip (" + profile.paperWidthMm() + " mm, "
                + (profile.nativeQr() ? "native QR" : "raster QR") + "): " + printed.bytesSent() + " bytes sent to " + where);
        out.println("printer: " + (printed.confirmed() ? state(printed) : "state unknown (one-way)"));
        out.flush();
        if (printed.possiblyIncomplete()) {
            throw new CliFailure(ExitCodes.NOT_READY, "printer on " + where + " reports " + state(printed)
                    + " after the job: the slip may be incomplete");
        }
        return ExitCodes.OK;
    }

    private static String state(PrintResult.Printed printed) {
        if (printed.warnings().isEmpty()) {
            return "online";
        }
        return printed.warnings().stream().sorted().map(PrinterStatusText::words).collect(Collectors.joining(", "));
    }

    private PrinterProfile profile() {
        PrinterProfile base = switch (width) {
            case 58 -> PrinterProfile.paper58();
            case 80 -> PrinterProfile.paper80();
            default -> throw new ParameterException(spec.commandLine(), "--width must be 58 or 80, was " + width);
        };
        return base.withNativeQr(!rasterQr).withStatusSupported(!oneWay);
    }
}
