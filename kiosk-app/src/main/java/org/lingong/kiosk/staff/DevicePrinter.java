package org.lingong.kiosk.staff;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;

/** {@link StaffPrinter} over the kiosk's running printer: the sample slip laid out for the paper in force now. */
public final class DevicePrinter implements StaffPrinter {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final ReceiptPrinterDevice printer;
    private final CurrentPrinterProfile profile;

    public DevicePrinter(ReceiptPrinterDevice printer, PrinterProfile profile) {
        this(printer, new CurrentPrinterProfile(profile));
    }

    public DevicePrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile) {
        this.printer = printer;
        this.profile = profile;
    }

    @Override
    public PrinterStatus readStatus() throws Exception {
        return printer.readStatus().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public PrintResult printTestPage() throws Exception {
        return printer.print(profile.layout().referralSlip(SampleSlip.text()))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
