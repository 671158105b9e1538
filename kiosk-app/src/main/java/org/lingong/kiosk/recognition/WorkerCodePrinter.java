package org.lingong.kiosk.recognition;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.slip.SlipWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the worker-code slip on the receipt printer, in the words of {@link SlipWording#workerCode} (the QR of the
 * code is opaque, no personal data), laid out by {@link ReceiptLayout}. A printer that refuses
 * answers with its condition; one that is offline or silent for {@link #PATIENCE} counts as
 * {@link PrinterCondition#OFFLINE}. Blocking. The log never names the worker or the code.
 */
public final class WorkerCodePrinter implements WorkerCodeBadgeViewModel.SlipPrinter {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SlipWording WORDING = new SlipWording();
    private static final Logger log = LoggerFactory.getLogger(WorkerCodePrinter.class);

    private final ReceiptPrinterDevice printer;
    private final CurrentPrinterProfile profile;
    private final Supplier<String> station;

    public WorkerCodePrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile, String station) {
        this(printer, profile, () -> station);
    }

    /**
     * Each slip is laid out whole with the paper width and QR mode in force when it is printed, and carries the
     * station's name in force then ({@code station} is read once per slip).
     */
    public WorkerCodePrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile, Supplier<String> station) {
        this.printer = printer;
        this.profile = profile;
        this.station = station;
    }

    @Override
    public Optional<PrinterCondition> print(String workerCode, String maskedName) throws InterruptedException {
        try {
            PrintResult result = printer.print(profile.layout()
                    .referralSlip(WORDING.workerCode(workerCode, maskedName, station.get())))
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (result instanceof PrintResult.NotPrinted refused) {
                log.warn("Worker-code slip not printed: {}", refused.reason());
                return Optional.of(refused.reason());
            }
            log.info("Worker-code slip printed");
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Worker-code slip not printed: printer unavailable ({})", e.getClass().getSimpleName());
            return Optional.of(PrinterCondition.OFFLINE);
        }
    }

}
