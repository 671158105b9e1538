package org.lingong.devices.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** A TCP connection to a network device, e.g. a receipt printer's raw port 9100 or a simulator. */
public final class TcpTransport implements Transport {

    /** The raw printing port of network receipt printers. */
    public static final int RAW_PRINTER_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile boolean disconnected;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    public TcpTransport(String host, int port) {
        this(host, port, Duration.ofSeconds(3));
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }

    @Override
    public void open() throws TransportException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
            disconnected = false;
        } catch (UnknownHostException e) {
            closeQuietly(s);
            throw new TransportException(TransportException.Reason.NOT_FOUND, "unknown host " + host, e);
        } catch (ConnectException e) {
            closeQuietly(s);
            throw new TransportException(TransportException.Reason.NOT_FOUND,
                    "nothing listens on " + host + ":" + port, e);
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            throw new TransportException(TransportException.Reason.TIMEOUT, "connect to " + describe() + " timed out", e);
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException(TransportException.Reason.IO, "cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(byte[] data) throws TransportException {
        requireOpen();
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            disconnected = true;
            throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " disconnected during write", e);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException {
        requireOpen();
        long waitMs = deadline.remainingMillis();
        if (waitMs <= 0) {
            waitMs = 1; // still poll once so that already-received bytes are returned
        }
        try {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, waitMs));
            int n = in.read(buf, off, len);
            if (n < 0) {
                disconnected = true;
                throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            disconnected = true;
            throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " disconnected: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        try {
            int avail;
            byte[] sink = new byte[512];
            while ((avail = in.available()) > 0) {
                if (in.read(sink, 0, Math.min(avail, sink.length)) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            disconnected = true;
            throw new TransportException(TransportException.Reason.DISCONNECTED, describe() + " disconnected", e);
        }
    }

    @Override
    public boolean isConnected() {
        return socket != null && !disconnected && !socket.isClosed();
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private void requireOpen() throws TransportException {
        if (socket == null) {
            throw new TransportException(TransportException.Reason.IO, describe() + " is not open");
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a socket that failed: nothing more to report
        }
    }
}
