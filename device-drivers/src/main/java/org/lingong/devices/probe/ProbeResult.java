package org.lingong.devices.probe;

import java.util.Optional;

import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.printer.codec.PrinterStatus;

/** What {@link PortProbe#probe} found on a port. */
public sealed interface ProbeResult {

    /**
     * An ID-card reader answered SAM status.
     *
     * @param baud  the baud it answered at; empty on non-serial transports
     * @param samId the reader module's SAM id, if it told it
     */
    record IdCardReader(Optional<Integer> baud, Optional<SamId> samId) implements ProbeResult {
    }

    /**
     * An ESC/POS printer answered DLE EOT.
     *
     * @param baud the baud it answered at; empty on non-serial transports
     */
    record ReceiptPrinter(Optional<Integer> baud, PrinterStatus status) implements ProbeResult {
    }

    /** Nothing answered: no device, a wrong baud, or a scanner (which stays silent until it scans). */
    record NoAnswer() implements ProbeResult {
    }
}
