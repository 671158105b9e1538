package org.lingong.devices.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;

/** Printer status in technician words: {@code online}, {@code paper out, offline}, with what to do. */
final class PrinterStatusText {

    /** What a printer that stays silent did not do, e.g. {@code printer on tcp:… did not answer the status request (DLE EOT)}. */
    static final String NO_REPLY = "did not answer the status request (DLE EOT)";

    private PrinterStatusText() {
    }

    /** The conditions, most important first, e.g. {@code paper out, offline}; error causes in parentheses. */
    static String describe(PrinterStatus status) {
        String text = status.conditions().stream().sorted()
                .sorted((a, b) -> Boolean.compare(b.blocksPrinting(), a.blocksPrinting()))
                .map(PrinterStatusText::words).collect(Collectors.joining(", "));
        if (!status.errors().isEmpty()) {
            text += " (" + status.errors().stream().map(e -> words(e.name())).collect(Collectors.joining(", ")) + ")";
        }
        return text;
    }

    /** What a technician should do about the blocking condition. */
    static String remedy(PrinterCondition condition) {
        return switch (condition) {
            case PAPER_OUT -> "load a new paper roll";
            case COVER_OPEN -> "close the printer cover";
            case ERROR -> "clear the jam or switch the printer off and on";
            case OFFLINE -> "check the printer's panel (online button, power)";
            case NO_REPLY -> "check power and cable, or add --one-way for a write-only connection";
            default -> "";
        };
    }

    static String words(PrinterCondition condition) {
        return words(condition.name());
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
