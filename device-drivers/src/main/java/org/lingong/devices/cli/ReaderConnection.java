package org.lingong.devices.cli;

import java.util.Optional;
import org.lingong.devices.idcard.SamReaderSession;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.probe.PortProbe;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;

/**
 * An open connection to an ID-card reader: on a serial port the baud is found by sending SAM status at each
 * candidate (115200, then 9600) unless one is given; on other transports SAM status must simply answer.
 */
final class ReaderConnection implements AutoCloseable {

    private final Transport transport;
    private final Optional<Integer> baud;
    private final SamReaderSession session;

    private ReaderConnection(Transport transport, Optional<Integer> baud) {
        this.transport = transport;
        this.baud = baud;
        this.session = new SamReaderSession(transport);
    }

    /**
     * @param baud a fixed baud, or null to probe
     * @throws TransportException PROTOCOL / TIMEOUT when no reader answers, or why the port did not open
     */
    static ReaderConnection open(TransportSpec spec, Integer baud, SimulatorTransports simulators)
            throws TransportException {
        Transport transport = spec instanceof TransportSpec.Serial serial && baud != null
                ? new SerialTransport(serial.settings().withBaud(baud))
                : spec.factory(simulators).create();
        transport.open();
        try {
            return on(transport, baud);
        } catch (TransportException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /**
     * Probes an open transport, which the connection then owns (closed by {@link #close()}; on failure the
     * caller still owns it).
     */
    static ReaderConnection on(Transport transport, Integer baud) throws TransportException {
        return new ReaderConnection(transport, PortProbe.readerBaud(transport, baud));
    }

    SamReaderSession session() {
        return session;
    }

    /** The baud the reader answered at; empty on non-serial transports. */
    Optional<Integer> baud() {
        return baud;
    }

    String describe() {
        return transport.describe();
    }

    Optional<SamId> samId() throws TransportException {
        return session.readSamId();
    }

    @Override
    public void close() {
        transport.close();
    }
}
