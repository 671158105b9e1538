package org.lingong.kiosk.referral;

import java.util.Objects;
import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;

/**
 * An issued, queued and archived slip, and whether it came out of the printer.
 *
 * @param notPrintedBecause empty when printed; otherwise the printer's blocking condition
 */
public record SlipOutcome(ReferralSlip slip, Optional<PrinterCondition> notPrintedBecause) {

    public SlipOutcome {
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(notPrintedBecause, "notPrintedBecause");
    }

    public boolean printed() {
        return notPrintedBecause.isEmpty();
    }
}
