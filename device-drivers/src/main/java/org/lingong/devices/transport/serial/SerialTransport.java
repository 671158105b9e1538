package org.lingong.devices.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.DisconnectNotifier;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port through jSerialComm: {@code /dev/ttyUSB*}, {@code /dev/ttyACM*}, {@code /dev/ttyS*},
 * pseudo-terminals ({@code /dev/pts/*}) and symlinks to any of them.
 *
 * <p>Every weak signal of jSerialComm is translated here: {@code openPort() == false} becomes NOT_FOUND or
 * UNAVAILABLE with the errno explained, {@link SerialPortInvalidPortException} becomes NOT_FOUND,
 * {@code readBytes == -1}, {@code writeBytes <= 0}, a short write and {@code LISTENING_EVENT_PORT_DISCONNECTED}
 * become DISCONNECTED; {@code addDataListener() == false} (no unplug events) fails the open with UNAVAILABLE. {@code SerialPort.isOpen()} is never consulted: it stays true after an unplug.
 *
 * <p>Disconnect event: jSerialComm fires it about 85,000 times a second until the port is closed, so the
 * listener closes the port on the first event; a pending {@link #read} then returns -1 internally and throws
 * DISCONNECTED. The listener runs on jSerialComm's event thread and only flips a flag and closes the port.
 *
 * <p>Read timing: reads use {@code TIMEOUT_READ_SEMI_BLOCKING} (return at once when a byte is there). On Linux
 * jSerialComm waits in whole deciseconds, rounding to the nearest one and never below 100 ms. A {@link #read}
 * therefore asks for the remaining time rounded to the nearest decisecond (at least one), loops on
 * early zero returns, and returns 0 without waiting when less than 50 ms remain and nothing is buffered:
 * a read without data returns up to 50 ms before or 50 ms plus jSerialComm's wake-up latency after its deadline
 * (jSerialComm alone: 1..149 ms → ~100 ms, 151 → ~200 ms; this method on a pty, 2 busy cores: 30 ms → 0 ms,
 * 60 → 106, 140 → 103, 250 → 306..331, 1000 → 1023). Deadlines are for "the device did not answer", not timing.
 *
 * <p>Writes use jSerialComm's blocking write without a timeout: {@link #write} returns when the kernel has
 * taken every byte. Threading as in {@link Transport}: one owner thread; {@link #close()} from any thread.
 * {@link #close()} takes about 200 ms (measured) while jSerialComm stops its event thread.
 */
public final class SerialTransport implements Transport, DisconnectNotifier {

    private static final Logger log = LoggerFactory.getLogger(SerialTransport.class);
    private static final int DECISECOND_MS = 100;

    private final SerialSettings settings;
    private final AtomicBoolean disconnected = new AtomicBoolean();
    private final AtomicInteger disconnectEvents = new AtomicInteger();
    /**
     * Orders the two closers. jSerialComm's {@code removeDataListener()} holds the port's lock while it joins the
     * event thread, and {@code closePort()} from the event thread needs that lock: the listener closes the port
     * only while holding this lock and only if {@link #close()} has not begun, so they can never wait on each other.
     */
    private final Object closeLock = new Object();
    private volatile SerialPort port;
    private volatile Runnable disconnectCallback = () -> { };
    private int baud;
    private int currentReadTimeoutMs = -1;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
        this.baud = settings.baud();
    }

    /** A transport for {@code path} at {@code baud}, 8N1, no flow control; not yet opened. */
    public static SerialTransport of(String path, int baud) {
        return new SerialTransport(SerialSettings.of(path, baud));
    }

    /** Creates and opens a transport for {@code path} at {@code baud}, 8N1, no flow control. */
    public static SerialTransport open(String path, int baud) throws TransportException {
        SerialTransport transport = of(path, baud);
        transport.open();
        return transport;
    }

    public SerialSettings settings() {
        return settings.withBaud(baud);
    }

    @Override
    public String describe() {
        return settings().describe();
    }

    @Override
    public void open() throws TransportException {
        if (port != null) {
            return;
        }
        SerialPort candidate = lookUp();
        if (!candidate.openPort()) {
            throw OpenFailure.explain(settings.path(), Files.exists(Path.of(settings.path())),
                    candidate.getLastErrorCode(), candidate.getLastErrorLocation());
        }
        try {
            configure(candidate);
        } catch (TransportException e) {
            candidate.closePort();
            throw e;
        }
        port = candidate;
        watchForUnplug(candidate);
        log.debug("opened {} ({})", describe(), candidate.getSystemPortPath());
    }

    private void configure(SerialPort candidate) throws TransportException {
        SerialLineConfig.apply(candidate, settings.withBaud(baud));
        disconnected.set(false);
        currentReadTimeoutMs = -1;
        setReadTimeout(candidate, DECISECOND_MS);
    }

    /** Registers the disconnect listener on the port just opened; if jSerialComm refuses, closes it again. */
    private void watchForUnplug(SerialPort opened) throws TransportException {
        if (!opened.addDataListener(new DisconnectListener(opened))) {
            port = null;
            opened.closePort();
            throw new TransportException(Reason.UNAVAILABLE, "cannot watch " + describe() + " for unplug events [errno "
                    + opened.getLastErrorCode() + "]");
        }
    }

    /**
     * Changes the baud rate of the open port (baud probing), or of the next open if closed.
     *
     * @throws TransportException DISCONNECTED if the device vanished, IO if the driver refused the rate
     */
    public void setBaud(int newBaud) throws TransportException {
        SerialSettings checked = settings.withBaud(newBaud);
        if (port != null) {
            SerialPort p = requireConnected();
            if (!p.setBaudRate(checked.baud())) {
                if (p.bytesAvailable() < 0) {
                    throw disconnectedWhile("setting the baud rate");
                }
                throw new TransportException(Reason.IO, "cannot set " + newBaud + " baud on " + settings.path()
                        + " [errno " + p.getLastErrorCode() + "]");
            }
        }
        baud = newBaud;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        SerialPort p = requireConnected();
        if (data.length == 0) {
            return;
        }
        int n = p.writeBytes(data, data.length);
        if (n != data.length) {
            markDisconnected();
            throw new TransportException(Reason.DISCONNECTED, describe() + " disconnected during write: wrote "
                    + Math.max(n, 0) + " of " + data.length + " bytes [errno " + p.getLastErrorCode() + "]");
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Deadline deadline) throws TransportException {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            return 0;
        }
        while (true) {
            SerialPort p = requireConnected();
            int available = p.bytesAvailable();
            if (available < 0) {
                throw disconnectedWhile("reading");
            }
            long remaining = deadline.remainingMillis();
            if (available == 0 && remaining < DECISECOND_MS / 2) {
                return 0;
            }
            if (available == 0) {
                setReadTimeout(p, nearestDecisecond(remaining)); // with bytes buffered the read returns at once anyway
            }
            int n = p.readBytes(buf, len, off);
            if (n > 0) {
                return n;
            }
            if (n < 0) {
                throw disconnectedWhile("reading");
            }
        }
    }

    @Override
    public void discardInput() throws TransportException {
        SerialPort p = requireConnected();
        byte[] sink = new byte[512];
        int available;
        while ((available = p.bytesAvailable()) > 0) {
            if (p.readBytes(sink, Math.min(available, sink.length)) < 0) {
                throw disconnectedWhile("discarding input");
            }
        }
        if (available < 0) {
            throw disconnectedWhile("discarding input");
        }
    }

    @Override
    public boolean isConnected() {
        return port != null && !disconnected.get();
    }

    @Override
    public void onDisconnect(Runnable callback) {
        disconnectCallback = java.util.Objects.requireNonNull(callback, "callback");
    }

    /** How many disconnect events jSerialComm delivered to this transport (1 per unplug when the port is closed in time). */
    public int disconnectEventCount() {
        return disconnectEvents.get();
    }

    @Override
    public void close() {
        SerialPort p;
        synchronized (closeLock) {
            p = port;
            port = null;
        }
        if (p != null) {
            p.removeDataListener();
            p.closePort();
            log.debug("closed {}", describe());
        }
    }

    private SerialPort lookUp() throws TransportException {
        try {
            return SerialPort.getCommPort(settings.path());
        } catch (SerialPortInvalidPortException e) {
            throw new TransportException(Reason.NOT_FOUND, "serial port " + settings.path()
                    + " does not exist (unplugged, or wrong path)", e);
        }
    }

    private SerialPort requireConnected() throws TransportException {
        SerialPort p = port;
        if (p == null) {
            throw new TransportException(Reason.IO, describe() + " is not open");
        }
        if (disconnected.get()) {
            throw new TransportException(Reason.DISCONNECTED, describe() + " was unplugged");
        }
        return p;
    }

    private TransportException disconnectedWhile(String activity) {
        if (port == null) {
            return new TransportException(Reason.IO, describe() + " was closed while " + activity);
        }
        markDisconnected();
        return new TransportException(Reason.DISCONNECTED, describe() + " disconnected while " + activity);
    }

    private void markDisconnected() {
        if (disconnected.compareAndSet(false, true)) {
            log.info("{} disconnected", describe());
        }
    }

    private void setReadTimeout(SerialPort p, int timeoutMs) throws TransportException {
        if (timeoutMs == currentReadTimeoutMs) {
            return;
        }
        if (!p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, timeoutMs, 0)) {
            if (p.bytesAvailable() < 0) {
                throw disconnectedWhile("setting the read timeout");
            }
            throw new TransportException(Reason.IO, "cannot set a " + timeoutMs + " ms read timeout on "
                    + settings.path() + " [errno " + p.getLastErrorCode() + "]");
        }
        currentReadTimeoutMs = timeoutMs;
    }

    /** Remaining time rounded to the nearest decisecond, at least one, at most {@code Integer.MAX_VALUE}. */
    static int nearestDecisecond(long remainingMillis) {
        long deciseconds = Math.max(1, (remainingMillis + DECISECOND_MS / 2) / DECISECOND_MS);
        return (int) Math.min(Integer.MAX_VALUE / DECISECOND_MS, deciseconds) * DECISECOND_MS;
    }

    /** Closes the port on the first disconnect event, which stops jSerialComm's event storm. */
    private final class DisconnectListener implements SerialPortDataListener {

        private final SerialPort owner;

        DisconnectListener(SerialPort owner) {
            this.owner = owner;
        }

        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            if (disconnectEvents.incrementAndGet() != 1) {
                return;
            }
            synchronized (closeLock) {
                if (port != owner) {
                    return; // close() has begun and will stop the listener itself
                }
                markDisconnected();
                owner.closePort();
            }
            disconnectCallback.run();
        }
    }
}
