package org.lingong.devices.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory host↔device pipe. The host end is a {@link Transport}; the device end offers plain
 * streams so that a simulator can serve it exactly as it serves a TCP socket. {@link DeviceEnd#unplug()}
 * makes the host see a disconnect, like pulling a USB cable.
 */
public final class PipeTransport implements Transport {

    private final String name;
    private final PipeBuffer toHost;
    private final PipeBuffer toDevice;
    private final DeviceEnd deviceEnd;
    private volatile boolean open;

    private PipeTransport(String name) {
        this.name = name;
        this.toHost = new PipeBuffer();
        this.toDevice = new PipeBuffer();
        this.deviceEnd = new DeviceEnd();
    }

    /** Creates a new pipe; the host end starts closed (call {@link #open()}). */
    public static PipeTransport create(String name) {
        return new PipeTransport(name);
    }

    /** The device side of this pipe, for a simulator. */
    public DeviceEnd deviceEnd() {
        return deviceEnd;
    }

    @Override
    public String describe() {
        return "pipe:" + name;
    }

    @Override
    public void open() throws TransportException {
        if (toHost.isClosed()) {
            throw new TransportException(TransportException.Reason.NOT_FOUND, describe() + " was unplugged");
        }
        open = true;
    }

    @Override
    public void write(byte[] bytes) throws TransportException {
        requireOpen();
        if (toDevice.isClosed()) {
            throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " disconnected");
        }
        toDevice.write(bytes, 0, bytes.length);
    }

    @Override
    public int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException {
        requireOpen();
        try {
            int n = toHost.read(buf, off, len, deadline);
            if (n < 0) {
                throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " disconnected");
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Reason.IO, "interrupted while reading " + describe(), e);
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        toHost.clear();
    }

    @Override
    public boolean isConnected() {
        return open && !toHost.isClosed();
    }

    @Override
    public void close() {
        open = false;
    }

    private void requireOpen() throws TransportException {
        if (!open) {
            throw new TransportException(TransportException.Reason.IO, describe() + " is not open");
        }
    }

    /** The simulator's side of the pipe. */
    public final class DeviceEnd {

        private final InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                try {
                    int n;
                    do {
                        n = toDevice.read(b, off, len, Deadline.inMillis(1_000));
                    } while (n == 0);
                    return n;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
            }

            @Override
            public int available() {
                return toDevice.available();
            }
        };

        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                toHost.write(b, off, len);
            }

            /** Closing the device's output is hanging up, as closing a socket is: the pipe is unplugged. */
            @Override
            public void close() {
                unplug();
            }
        };

        /** Bytes the host wrote; blocks until data or until the pipe is unplugged (then -1). */
        public InputStream input() {
            return in;
        }

        /** Bytes for the host to read; closing it unplugs the pipe. */
        public OutputStream output() {
            return out;
        }

        /** Simulates pulling the cable: the host's pending and later reads and writes fail with DISCONNECTED. */
        public void unplug() {
            toHost.close();
            toDevice.close();
        }
    }
}
