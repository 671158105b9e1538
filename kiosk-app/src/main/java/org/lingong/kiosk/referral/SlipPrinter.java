package org.lingong.kiosk.referral;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.slip.SlipWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a slip on the receipt printer and says whether it came out. A printer that refuses (paper out, cover open)
 * answers with its condition; one that is offline, unplugged mid-job or silent for {@link #PATIENCE} counts as
 * {@link PrinterCondition#OFFLINE}. Blocking: never on the JavaFX thread. Thread-safe (the device serialises jobs).
 */
public final class SlipPrinter {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SlipPrinter.class);

    private final ReceiptPrinterDevice printer;
    private final CurrentPrinterProfile profile;
    private final SlipWording wording = new SlipWording();

    /** Each slip is laid out whole with the paper width and QR mode in force when it is printed. */
    public SlipPrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile) {
        this.printer = printer;
        this.profile = profile;
    }

    /** Empty when the slip was printed; otherwise why not. */
    public Optional<PrinterCondition> print(ReferralSlip slip) throws InterruptedException {
        try {
            PrintResult result = printer.print(profile.layout().referralSlip(wording.receipt(slip)))
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (result instanceof PrintResult.NotPrinted refused) {
                log.warn("Slip {} not printed: {}", slip.slipNumber(), refused.reason());
                return Optional.of(refused.reason());
            }
            if (result instanceof PrintResult.Printed printed && printed.possiblyIncomplete()) {
                log.warn("Slip {} printed, but the printer reports {} after it", slip.slipNumber(), printed.warnings());
            }
            log.info("Slip {} printed", slip.slipNumber());
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("Slip {} not printed: printer unavailable ({})", slip.slipNumber(), String.valueOf(cause));
            return Optional.of(PrinterCondition.OFFLINE);
        }
    }
}
