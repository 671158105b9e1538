package org.lingong.kiosk.printing;

import java.util.concurrent.atomic.AtomicReference;

import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.kiosk.config.DevicesProperties;

/**
 * The receipt printer's paper width (58/80 mm: columns per line, printable dots, QR module size) and QR mode (native
 * {@code GS ( k} or raster image) in force now: the one place every slip takes them from. A slip reads them once,
 * when it is laid out ({@link #layout()}), and its bytes are built whole before they go to the printer, so a change
 * that lands meanwhile (the remote configuration, on the platform connection's thread) reaches the next slip, never
 * half of one. Starts from {@code kiosk.devices.printer.*}. Thread-safe.
 *
 * <p>Only the host's layout follows a change: the printer session keeps asking the printer for its status as it did
 * at start (that part of the profile never changes here).
 */
public final class CurrentPrinterProfile {

    /** The profile and whether the platform's remote configuration set it (then it also wins at the next start). */
    private record InForce(PrinterProfile profile, boolean byPlatform) {
    }

    private final AtomicReference<InForce> inForce;

    public CurrentPrinterProfile(PrinterProfile initial) {
        this.inForce = new AtomicReference<>(new InForce(initial, false));
    }

    /** From the configured paper width and QR mode. */
    public static CurrentPrinterProfile of(DevicesProperties.Printer printer) {
        return new CurrentPrinterProfile(profile(printer.paperWidth(), printer.nativeQr()));
    }

    /** The profile for a paper width (58 or 80 mm) and QR mode; anything but 58 is 80 mm paper. */
    public static PrinterProfile profile(int paperWidth, boolean nativeQr) {
        PrinterProfile base = paperWidth == 58 ? PrinterProfile.paper58() : PrinterProfile.paper80();
        return base.withNativeQr(nativeQr);
    }

    /** The profile in force now. */
    public PrinterProfile get() {
        return inForce.get().profile();
    }

    /**
     * Whether the platform's remote configuration sets the paper width or QR mode: then a value saved in the kiosk's
     * own files (the technician's screen) does not take effect, not even at the next start.
     */
    public boolean setByPlatform() {
        return inForce.get().byPlatform();
    }

    /** A layout for one slip with the settings in force now; lay the whole slip out with it. */
    public ReceiptLayout layout() {
        return new ReceiptLayout(get());
    }

    /**
     * Puts a paper width (58 or 80 mm) and QR mode in force for every slip laid out from now on.
     *
     * @return the profile now in force
     * @throws IllegalArgumentException a width other than 58 or 80 (nothing changes)
     */
    public PrinterProfile change(int paperWidth, boolean nativeQr) {
        return change(paperWidth, nativeQr, false);
    }

    /**
     * {@link #change(int, boolean)}, saying whether the platform's remote configuration set them
     * ({@link #setByPlatform()}).
     */
    public PrinterProfile change(int paperWidth, boolean nativeQr, boolean byPlatform) {
        if (paperWidth != 58 && paperWidth != 80) {
            throw new IllegalArgumentException("paper width must be 58 or 80 (mm), got " + paperWidth);
        }
        return inForce.updateAndGet(now -> new InForce(profile(paperWidth, nativeQr)
                .withStatusSupported(now.profile().statusSupported()), byPlatform)).profile();
    }
}
