package org.lingong.devices.printer;

import java.util.Set;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;

/** The outcome of {@link ReceiptPrinterSession#print}: printed, or refused with the state that blocked it. */
public sealed interface PrintResult {

    /**
     * The job was sent completely.
     *
     * @param bytesSent  job size in bytes
     * @param warnings   conditions to show staff (e.g. {@link PrinterCondition#PAPER_NEAR_END}); a blocking
     *                   condition here (seen in the status after the job) means the slip may be incomplete
     * @param confirmed  whether the printer's status was read after the job (false on one-way paths)
     */
    record Printed(int bytesSent, Set<PrinterCondition> warnings, boolean confirmed) implements PrintResult {
        public Printed {
            warnings = Set.copyOf(warnings);
        }

        /** Whether the status after the job shows a condition that may have cut the slip short. */
        public boolean possiblyIncomplete() {
            return warnings.stream().anyMatch(PrinterCondition::blocksPrinting);
        }
    }

    /**
     * Nothing was sent, because of {@code status}.
     *
     * @param status the status read before the job
     */
    record NotPrinted(PrinterStatus status) implements PrintResult {

        /** The condition that blocked the job (e.g. PAPER_OUT, NO_REPLY). */
        public PrinterCondition reason() {
            return status.blockingCondition().orElseThrow();
        }
    }
}
