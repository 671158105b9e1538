package org.lingong.devices.printer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.Listeners;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.lifecycle.SessionFactory;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receipt printer as the kiosk uses it: a {@link ManagedDevice} that keeps the link up across unplugs and
 * dropped TCP connections, {@link #print} on the owner thread, and (on a status-capable profile) a status poll
 * every status interval between jobs. A changed {@link PrinterStatus} goes to the listeners on the
 * {@code delivery} executor. The poll is also what notices a silently dropped TCP connection.
 */
public final class ReceiptPrinterDevice implements AutoCloseable {

    /** How often the printer's status is read between jobs by default. */
    public static final Duration DEFAULT_STATUS_INTERVAL = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinterDevice.class);

    private final ManagedDevice<ReceiptPrinterSession> device;
    private final Duration statusInterval;
    private final Listeners<PrinterStatus> listeners;
    private volatile PrinterStatus lastStatus;

    /**
     * @param device   built with {@link #sessionFactory}; not yet opened
     * @param delivery where status listeners run; must not be the device's owner thread
     */
    public ReceiptPrinterDevice(ManagedDevice<ReceiptPrinterSession> device, Duration statusInterval,
                                Executor delivery) {
        this.device = Objects.requireNonNull(device, "device");
        this.statusInterval = Objects.requireNonNull(statusInterval, "statusInterval");
        this.listeners = new Listeners<>("printer status listener", device.name(),
                status -> String.valueOf(status.conditions()), delivery);
    }

    /** Sessions for {@code profile}; each status query waits up to {@code replyTimeout}. */
    public static SessionFactory<ReceiptPrinterSession> sessionFactory(PrinterProfile profile, Duration replyTimeout) {
        return transport -> new ReceiptPrinterSession(transport, profile, replyTimeout);
    }

    public ManagedDevice<ReceiptPrinterSession> device() {
        return device;
    }

    public void addPrinterStatusListener(Consumer<PrinterStatus> listener) {
        listeners.add(listener);
    }

    /** The status read last (by the poll, a print or {@link #readStatus()}), if any. */
    public Optional<PrinterStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /** Opens and enables the device and starts the status poll; completes with the state after the first connect. */
    public CompletableFuture<DeviceState> start() {
        CompletableFuture<DeviceState> opened = device.open();
        device.enable();
        device.schedule(statusInterval, this::pollStatus);
        return opened;
    }

    /**
     * Prints {@code job} on the owner thread. Completes with {@link PrintResult.NotPrinted} when the printer's
     * state refuses it, exceptionally with a {@link TransportException} (DISCONNECTED: unplugged during the job)
     * or a {@link org.lingong.devices.lifecycle.DeviceException} (offline, not enabled).
     */
    public CompletableFuture<PrintResult> print(PrintJob job) {
        Objects.requireNonNull(job, "job");
        return device.submit(session -> {
            PrintResult result = session.print(job);
            if (result instanceof PrintResult.NotPrinted refused) {
                record(refused.status());
            }
            return result;
        });
    }

    /** Reads the status now (on the owner thread). */
    public CompletableFuture<PrinterStatus> readStatus() {
        return device.submit(session -> {
            PrinterStatus status = session.status();
            record(status);
            return status;
        });
    }

    /** Closes the device, which also ends the periodic task started by {@link #start()}. */
    @Override
    public void close() {
        device.close();
    }

    private Void pollStatus(ReceiptPrinterSession session) throws TransportException {
        if (session.profile().statusSupported()) {
            record(session.status());
        }
        return null;
    }

    private void record(PrinterStatus status) {
        PrinterStatus previous = lastStatus;
        lastStatus = status;
        if (!status.equals(previous)) {
            log.info("{} status: {}", device.name(), status.conditions());
            listeners.publish(status);
        }
    }
}
