package org.lingong.devices.transport;

import java.io.Closeable;

/**
 * A bidirectional byte channel to one device: a serial port, a TCP socket, a device file or an
 * in-memory pipe.
 *
 * <p>Threading: a transport is owned by exactly one thread (the port's owner thread); it is not
 * safe for concurrent use, except {@link #close()}, which may be called from any thread and makes
 * a pending {@link #read} return by throwing.
 *
 * <p>Failure contract: every method that fails throws {@link TransportException} with a
 * {@link TransportException.Reason}; a vanished device is always reported as
 * {@link TransportException.Reason#DISCONNECTED}, never as a silent 0 or -1.
 */
public interface Transport extends Closeable {

    /** A human-readable identity for logs and CLI output, e.g. {@code serial:/dev/ttyUSB0@115200}. */
    String describe();

    /** Opens the channel. Opening an open transport is a no-op. */
    void open() throws TransportException;

    /** Writes all bytes or throws. */
    void write(byte[] data) throws TransportException;

    /**
     * Reads at least one and at most {@code len} bytes into {@code buf}, waiting until the deadline.
     *
     * @return the number of bytes read ({@code > 0}), or {@code 0} if the deadline passed with no data
     * @throws TransportException with reason DISCONNECTED when the device is gone (EOF, EIO, unplug)
     */
    int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException;

    /** Discards any input already received but not yet read (used before a new request). */
    void discardInput() throws TransportException;

    /** Whether the channel is open and no disconnect has been observed. */
    boolean isConnected();

    /** Releases the channel. Idempotent; never throws. */
    @Override
    void close();
}
