package org.lingong.devices.idcard;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/**
 * Test-only jSerialComm transport, until the real {@code SerialTransport} lands: semi-blocking reads
 * bounded by the deadline, {@code readBytes == -1} and {@code writeBytes <= 0} as DISCONNECTED
 * (TOOLCHAIN.md: after an unplug {@code isOpen()} stays true and writes return 0).
 */
final class JSerialCommTestTransport implements Transport {

    private final String path;
    private final int baud;
    private SerialPort port;
    private volatile boolean disconnected;

    JSerialCommTestTransport(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    @Override
    public String describe() {
        return "serial:" + path + "@" + baud;
    }

    @Override
    public void open() throws TransportException {
        if (port != null) {
            return;
        }
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new TransportException(Reason.NOT_FOUND, describe() + " does not exist", e);
        }
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!p.openPort()) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot open " + describe() + " (error "
                    + p.getLastErrorCode() + " at " + p.getLastErrorLocation() + ")");
        }
        port = p;
        disconnected = false;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        requireOpen();
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n <= 0) {
                disconnected = true;
                throw new TransportException(Reason.DISCONNECTED, describe() + " vanished during write");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException {
        requireOpen();
        while (true) {
            long remaining = deadline.remainingMillis();
            if (remaining <= 0) {
                return 0;
            }
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) Math.min(remaining, 60_000), 0);
            int n = port.readBytes(buf, len, off);
            if (n < 0) {
                disconnected = true;
                throw new TransportException(Reason.DISCONNECTED, describe() + " vanished during read");
            }
            if (n > 0) {
                return n;
            }
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        byte[] sink = new byte[512];
        int available;
        while ((available = port.bytesAvailable()) != 0) {
            if (available < 0) {
                disconnected = true;
                throw new TransportException(Reason.DISCONNECTED, describe() + " vanished");
            }
            port.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
            if (port.readBytes(sink, Math.min(available, sink.length)) < 0) {
                disconnected = true;
                throw new TransportException(Reason.DISCONNECTED, describe() + " vanished");
            }
        }
    }

    @Override
    public boolean isConnected() {
        return port != null && !disconnected;
    }

    @Override
    public void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
    }

    private void requireOpen() throws TransportException {
        if (port == null) {
            throw new TransportException(Reason.IO, describe() + " is not open");
        }
    }
}
