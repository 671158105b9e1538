package org.lingong.devices.transport.serial;

import java.util.List;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/**
 * Finds the baud rate a device answers at, for a {@code SessionFactory} handshake: for each candidate it
 * reconfigures the open port, drops stale input and runs the probe (e.g. the ID-card reader's SAM status
 * request {@code AA AA AA 96 69 00 03 11 FF ED}). Like the vendor SDKs, it tries the fastest rate first.
 *
 * <p>On a pseudo-terminal the baud rate is ignored, so the first candidate always "answers" there.
 */
public final class BaudProbe {

    /** The rates serial ID-card readers are shipped with, fastest first (SDTAPI {@code SDT_GetCOMBaud} order). */
    public static final List<Integer> COMMON_RATES = List.of(115200, 57600, 38400, 19200, 9600);

    /** One request/response exchange at the current rate. */
    @FunctionalInterface
    public interface Probe {
        /**
         * @return whether the device gave a valid answer; a TIMEOUT or PROTOCOL exception also counts as "no"
         */
        boolean answers(Transport transport) throws TransportException;
    }

    private BaudProbe() {
    }

    /**
     * @return the first candidate at which the probe answered; the port is left at that rate
     * @throws TransportException PROTOCOL naming the rates tried if none answered; DISCONNECTED as soon as the
     *                            device vanishes
     */
    public static int find(SerialTransport transport, List<Integer> candidates, Probe probe) throws TransportException {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no baud rates to probe");
        }
        for (int baud : candidates) {
            transport.setBaud(baud);
            transport.discardInput();
            if (answersAt(transport, probe)) {
                return baud;
            }
        }
        throw new TransportException(Reason.PROTOCOL, "no answer from " + transport.settings().path()
                + " at any of " + candidates + " baud (wrong device, wrong wiring, or powered off)");
    }

    private static boolean answersAt(SerialTransport transport, Probe probe) throws TransportException {
        try {
            return probe.answers(transport);
        } catch (TransportException e) {
            if (e.reason() == Reason.TIMEOUT || e.reason() == Reason.PROTOCOL) {
                return false;
            }
            throw e;
        }
    }
}
