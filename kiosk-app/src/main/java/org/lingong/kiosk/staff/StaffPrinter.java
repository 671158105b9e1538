package org.lingong.kiosk.staff;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterStatus;

/**
 * Port: the receipt printer as the staff screen uses it. Blocking (waits for the printer's owner thread): call through
 * the task executor. Implemented over the running {@code ReceiptPrinterDevice} by {@link DevicePrinter}.
 */
public interface StaffPrinter {

    /** Asks the printer for its state now. */
    PrinterStatus readStatus() throws Exception;

    /** Prints the fictional sample slip (Chinese text and a QR code) as a test page. */
    PrintResult printTestPage() throws Exception;
}
