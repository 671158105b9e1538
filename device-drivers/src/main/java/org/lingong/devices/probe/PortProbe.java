package org.lingong.devices.probe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.idcard.SamReaderSession;
import org.lingong.devices.idcard.SamTimeouts;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.printer.ReceiptPrinterSession;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * Finds out which device answers on an open transport: SAM status ({@code 11 FF}) at 115200 then 9600 baud finds an
 * ID-card reader; DLE EOT 1 at the same rates finds an ESC/POS printer; a scanner never answers. Blocking (up to a
 * few seconds on a silent serial port): call it off the UI thread. The caller owns the transport.
 */
public final class PortProbe {

    /** How long a printer gets to answer DLE EOT while probing. */
    public static final Duration PRINTER_REPLY_TIMEOUT = Duration.ofMillis(500);
    /** How long a reader gets to answer SAM status on a non-serial transport. */
    public static final Duration READER_REPLY_TIMEOUT = Duration.ofMillis(800);

    private PortProbe() {
    }

    /** Tries the reader first, then the printer. */
    public static ProbeResult probe(Transport transport) throws TransportException {
        Optional<ProbeResult> reader = probeReader(transport);
        if (reader.isPresent()) {
            return reader.get();
        }
        return probePrinter(transport).orElseGet(ProbeResult.NoAnswer::new);
    }

    /**
     * Checks that an ID-card reader answers: on a serial port at {@code baud}, or at each of
     * {@link IdCardReaderDevice#READER_BAUDS} when {@code baud} is null (the port is left at the rate found); on
     * other transports SAM status must simply answer.
     *
     * @return the baud the reader answered at; empty on non-serial transports
     * @throws TransportException PROTOCOL / TIMEOUT when no reader answers, or the transport's own failure
     */
    public static Optional<Integer> readerBaud(Transport transport, Integer baud) throws TransportException {
        if (transport instanceof SerialTransport port) {
            List<Integer> candidates = baud == null ? IdCardReaderDevice.READER_BAUDS : List.of(baud);
            return Optional.of(IdCardReaderDevice.findBaud(port, candidates, SamTimeouts.defaults()));
        }
        new SamReaderSession(transport, SamTimeouts.defaults().cappedAt(READER_REPLY_TIMEOUT)).samStatus();
        return Optional.empty();
    }

    /** The reader's answer, or empty if no reader answered. */
    public static Optional<ProbeResult> probeReader(Transport transport) throws TransportException {
        Optional<Integer> baud;
        try {
            baud = readerBaud(transport, null);
        } catch (TransportException e) {
            if (e.reason() == Reason.TIMEOUT || e.reason() == Reason.PROTOCOL) {
                return Optional.empty();
            }
            throw e;
        }
        Optional<SamId> sam = new SamReaderSession(transport).readSamId();
        return Optional.of(new ProbeResult.IdCardReader(baud, sam));
    }

    /** The printer's answer, or empty if nothing answered DLE EOT. */
    public static Optional<ProbeResult> probePrinter(Transport transport) throws TransportException {
        List<Integer> bauds = transport instanceof SerialTransport ? IdCardReaderDevice.READER_BAUDS : List.of(0);
        for (int baud : bauds) {
            if (transport instanceof SerialTransport serial) {
                serial.setBaud(baud);
            }
            PrinterStatus status = printerStatus(transport);
            if (status != null) {
                return Optional.of(new ProbeResult.ReceiptPrinter(baud > 0 ? Optional.of(baud) : Optional.empty(), status));
            }
        }
        return Optional.empty();
    }

    private static PrinterStatus printerStatus(Transport transport) throws TransportException {
        try {
            PrinterStatus status = new ReceiptPrinterSession(transport, PrinterProfile.paper80(), PRINTER_REPLY_TIMEOUT)
                    .status();
            return status.has(PrinterCondition.NO_REPLY) ? null : status;
        } catch (TransportException e) {
            if (e.reason() == Reason.PROTOCOL) {
                return null;
            }
            throw e;
        }
    }
}
