package org.lingong.kiosk.devices;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.lifecycle.DeviceStatusEvent;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.scanner.SerialCodeScanner;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.kiosk.status.DeviceStatusSource;

/**
 * The status bar's source, fed by the device drivers: each device's link state (status events from its
 * {@code ManagedDevice}) and, while the printer's link is up, the printer's own report (paper near end, paper
 * out, cover open, offline, error, no reply). Devices are {@link DeviceState#UNKNOWN} (检测中) until their first
 * event.
 *
 * <p>The platform connection is a port: it stays {@link DeviceState#OFFLINE} (未连接) until the backend client
 * reports through {@link #platformChanged}.
 *
 * <p>Threading: events arrive on the devices' callback threads; {@link #snapshot()} never blocks for long;
 * listeners are called on the thread of the event, in the order the changes were stored, and must only hand the
 * change on (e.g. to the UI thread).
 */
public final class DriverStatusSource implements DeviceStatusSource {

    private final Map<DeviceKind, DeviceStatus> states = new EnumMap<>(DeviceKind.class);
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();
    private org.lingong.devices.lifecycle.@Nullable DeviceState printerLink;
    private @Nullable PrinterStatus printerReport;

    public DriverStatusSource() {
        for (DeviceKind kind : List.of(DeviceKind.ID_CARD_READER, DeviceKind.PRINTER, DeviceKind.SCANNER)) {
            states.put(kind, new DeviceStatus(kind, DeviceState.UNKNOWN));
        }
        states.put(DeviceKind.PLATFORM, new DeviceStatus(DeviceKind.PLATFORM, DeviceState.OFFLINE));
    }

    /** Follows the three devices' status events (call before they start). */
    public void follow(IdCardReaderDevice reader, ReceiptPrinterDevice printer, SerialCodeScanner scanner) {
        reader.device().addStatusListener(event -> linkChanged(DeviceKind.ID_CARD_READER, event));
        scanner.device().addStatusListener(event -> linkChanged(DeviceKind.SCANNER, event));
        printer.device().addStatusListener(event -> {
            printerLinkChanged(event);
            if (event.state() == org.lingong.devices.lifecycle.DeviceState.ONLINE) {
                printer.readStatus();
            }
        });
        printer.addPrinterStatusListener(this::printerReported);
    }

    @Override
    public synchronized List<DeviceStatus> snapshot() {
        return List.copyOf(states.values());
    }

    @Override
    public AutoCloseable subscribe(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A device's link or life-cycle state changed. */
    public void linkChanged(DeviceKind kind, DeviceStatusEvent event) {
        publish(StatusWords.link(kind, event.state()));
    }

    /** The printer's link changed; its own report counts only while the link is up. */
    public void printerLinkChanged(DeviceStatusEvent event) {
        synchronized (this) {
            printerLink = event.state();
            if (event.state() != org.lingong.devices.lifecycle.DeviceState.ONLINE) {
                printerReport = null;
            }
            publish(printerStatus());
        }
    }

    /** The printer reported its state (status poll, print, or an explicit read). */
    public void printerReported(PrinterStatus report) {
        synchronized (this) {
            printerReport = report;
            publish(printerStatus());
        }
    }

    /** Port for the backend client: the platform connection's state, with the words to show. */
    public void platformChanged(DeviceState state, String wordsKey) {
        publish(new DeviceStatus(DeviceKind.PLATFORM, state, wordsKey));
    }

    private DeviceStatus printerStatus() {
        if (printerLink == null) {
            return new DeviceStatus(DeviceKind.PRINTER, DeviceState.UNKNOWN);
        }
        if (printerLink == org.lingong.devices.lifecycle.DeviceState.ONLINE && printerReport != null) {
            return StatusWords.printer(printerReport);
        }
        return StatusWords.link(DeviceKind.PRINTER, printerLink);
    }

    /** Listeners are called under the lock, so that they see the changes in the order they were stored. */
    private synchronized void publish(DeviceStatus status) {
        if (status.equals(states.get(status.kind()))) {
            return;
        }
        states.put(status.kind(), status);
        listeners.forEach(listener -> listener.accept(status));
    }
}
