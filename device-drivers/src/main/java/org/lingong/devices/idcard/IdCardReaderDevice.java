package org.lingong.devices.idcard;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.Listeners;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.lifecycle.SessionFactory;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.BaudProbe;
import org.lingong.devices.transport.serial.SerialTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ID-card reader as the kiosk uses it: a {@link ManagedDevice} that keeps the port up across unplugs (with a
 * baud probe, 115200 then 9600, on every serial (re)connect), and a {@link CardPoller} run every poll interval on
 * the owner thread. Card events go to the listeners on the {@code delivery} executor; status events (ONLINE,
 * OFFLINE, RECONNECTING, ERROR after a garbled or late reply) come from {@link #device()}.
 *
 * <p>After a reconnect polling starts afresh: a card still lying on the reader is read again and reported as a
 * new {@link CardEvent.CardPlaced}.
 *
 * <p>Privacy: events carry card data; this class logs only the event kind.
 */
public final class IdCardReaderDevice implements AutoCloseable {

    /** The rates serial ID-card readers ship with, tried in this order (SDTAPI probes the same way). */
    public static final List<Integer> READER_BAUDS = List.of(115200, 9600);

    /** How often the reader is asked for a card by default. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(300);
    /** How long the baud probe waits for the SAM status reply at each rate. */
    public static final Duration PROBE_TIMEOUT = Duration.ofMillis(600);

    private static final Logger log = LoggerFactory.getLogger(IdCardReaderDevice.class);

    private final ManagedDevice<SamReaderSession> device;
    private final ReadMode mode;
    private final Duration pollInterval;
    private final Listeners<CardEvent> listeners;
    /** Owner thread only: the session the poller drives; a reconnect brings a new session and a new poller. */
    private SamReaderSession polledSession;
    private CardPoller poller;

    /**
     * @param device   built with {@link #sessionFactory}; not yet opened
     * @param delivery where card listeners run; must not be the device's owner thread
     */
    public IdCardReaderDevice(ManagedDevice<SamReaderSession> device, ReadMode mode, Duration pollInterval,
                              Executor delivery) {
        this.device = Objects.requireNonNull(device, "device");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.listeners = new Listeners<>("card listener", device.name(), event -> event.getClass().getSimpleName(),
                delivery);
    }

    /**
     * Sessions for a managed reader. On a {@link SerialTransport} it first finds the baud the reader answers at
     * ({@code bauds} in order, SAM status {@code 11 FF} as the probe, {@link #PROBE_TIMEOUT} each); on other
     * transports it checks that the SAM answers at all. Either failure counts as a failed connect (retried).
     */
    public static SessionFactory<SamReaderSession> sessionFactory(SamTimeouts timeouts, List<Integer> bauds) {
        List<Integer> candidates = List.copyOf(bauds);
        return transport -> {
            if (transport instanceof SerialTransport serial) {
                int baud = findBaud(serial, candidates, timeouts);
                log.info("ID-card reader on {} answers at {} baud", serial.settings().path(), baud);
            } else {
                new SamReaderSession(transport, timeouts.cappedAt(PROBE_TIMEOUT)).samStatus();
            }
            return new SamReaderSession(transport, timeouts);
        };
    }

    /**
     * Finds the baud a reader answers at on an open serial port: each candidate in order, SAM status
     * {@code AA AA AA 96 69 00 03 11 FF ED} as the probe, {@link #PROBE_TIMEOUT} each. The port is left at that baud.
     */
    public static int findBaud(SerialTransport port, List<Integer> candidates, SamTimeouts timeouts)
            throws TransportException {
        SamReaderSession probe = new SamReaderSession(port, timeouts.cappedAt(PROBE_TIMEOUT));
        return BaudProbe.find(port, candidates, t -> {
            probe.samStatus();
            return true;
        });
    }

    /** {@link #sessionFactory(SamTimeouts, List)} with default timeouts, 115200 then 9600 baud. */
    public static SessionFactory<SamReaderSession> sessionFactory() {
        return sessionFactory(SamTimeouts.defaults(), READER_BAUDS);
    }

    /** The managed device, for status listeners and life-cycle state. */
    public ManagedDevice<SamReaderSession> device() {
        return device;
    }

    public void addCardListener(Consumer<CardEvent> listener) {
        listeners.add(listener);
    }

    public void removeCardListener(Consumer<CardEvent> listener) {
        listeners.remove(listener);
    }

    /** Opens and enables the device and starts polling; completes with the state after the first connect. */
    public CompletableFuture<DeviceState> start() {
        CompletableFuture<DeviceState> opened = device.open();
        device.enable();
        device.schedule(pollInterval, this::pollOnce);
        return opened;
    }

    /** Closes the device, which also ends the periodic task started by {@link #start()}. */
    @Override
    public void close() {
        device.close();
    }

    private Void pollOnce(SamReaderSession session) throws TransportException {
        if (session != polledSession) {
            polledSession = session;
            poller = new CardPoller(session, mode);
        }
        for (CardEvent event : poller.pollOnce()) {
            log.debug("{}: {}", device.name(), event.getClass().getSimpleName());
            listeners.publish(event);
        }
        return null;
    }
}
