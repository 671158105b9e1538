package org.lingong.kiosk.referral;

import java.util.Objects;
import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;

/**
 * An issued, queued and archived slip, and whether it came out of the printer; or the slip the worker already holds
 * for the job ({@link #issuedBefore}: nothing new was issued or printed).
 *
 * @param notPrintedBecause empty when printed; otherwise the printer's blocking condition
 */
public record SlipOutcome(ReferralSlip slip, Optional<PrinterCondition> notPrintedBecause, boolean issuedBefore) {

    public SlipOutcome {
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(notPrintedBecause, "notPrintedBecause");
    }

    /** A slip issued now. */
    public SlipOutcome(ReferralSlip slip, Optional<PrinterCondition> notPrintedBecause) {
        this(slip, notPrintedBecause, false);
    }

    /** The worker's earlier, still valid slip for the job: "您已经报过名". */
    public static SlipOutcome earlier(ReferralSlip slip) {
        return new SlipOutcome(slip, Optional.empty(), true);
    }

    public boolean printed() {
        return notPrintedBecause.isEmpty();
    }
}
