package org.lingong.kiosk.staff;

import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;

/** The staff's words for a printer status (the status bar's words, so both say the same). */
public final class PrinterWords {

    private PrinterWords() {
    }

    /** The message key of the status's words ("缺纸", "正常"). */
    public static String key(PrinterStatus status) {
        return status.blockingCondition().map(PrinterWords::blocked).orElseGet(
                () -> status.has(PrinterCondition.PAPER_NEAR_END) ? "status.printer.paperNearEnd" : "status.state.ready");
    }

    private static String blocked(PrinterCondition condition) {
        return switch (condition) {
            case PAPER_OUT -> "status.printer.paperOut";
            case COVER_OPEN -> "status.printer.coverOpen";
            case NO_REPLY -> "status.printer.noReply";
            case ERROR -> "status.printer.error";
            default -> "status.printer.offline";
        };
    }
}
