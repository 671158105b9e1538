package org.lingong.devices.scanner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.Listeners;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial (RS-232 / USB-CDC) QR or barcode scanner that stays connected: a {@link ManagedDevice} keeps the port
 * up across unplugs, a periodic task on its owner thread reads in slices of {@link #READ_SLICE}, and every
 * decoded line goes to the listeners on the {@code delivery} executor (e.g. {@code Platform::runLater}).
 *
 * <p>Privacy: scanned codes may be personal tokens; this class logs only their {@code toString()}, which is masked.
 */
public final class SerialCodeScanner implements AutoCloseable {

    /** How long one read waits on the owner thread before other work (link checks, close) gets a turn. */
    public static final Duration READ_SLICE = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);

    private final ManagedDevice<CodeScannerSession> device;
    private final Listeners<ScanResult> listeners;

    /**
     * @param device   a device built with {@link CodeScannerSession#factory()}; not yet opened
     * @param delivery where listeners are called; must not be the device's owner thread
     */
    public SerialCodeScanner(ManagedDevice<CodeScannerSession> device, Executor delivery) {
        this.device = Objects.requireNonNull(device, "device");
        this.listeners = new Listeners<>("scan listener", device.name(), ScanResult::toString, delivery);
    }

    /** The managed device, for status listeners and life-cycle state. */
    public ManagedDevice<CodeScannerSession> device() {
        return device;
    }

    public void addListener(Consumer<ScanResult> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ScanResult> listener) {
        listeners.remove(listener);
    }

    /** Opens and enables the device and starts reading; completes with the state after the first connect. */
    public CompletableFuture<DeviceState> start() {
        CompletableFuture<DeviceState> opened = device.open();
        device.enable();
        device.schedule(Duration.ofMillis(1), this::readSlice);
        return opened;
    }

    /** Closes the device, which also ends the periodic task started by {@link #start()}. */
    @Override
    public void close() {
        device.close();
    }

    private Void readSlice(CodeScannerSession session) throws TransportException {
        for (ScanResult result : session.poll(Deadline.in(READ_SLICE))) {
            log.debug("{} scanned {}", device.name(), result);
            listeners.publish(result);
        }
        return null;
    }
}
