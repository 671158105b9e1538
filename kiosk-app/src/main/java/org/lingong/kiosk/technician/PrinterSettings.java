package org.lingong.kiosk.technician;

/**
 * The receipt printer's paper and QR settings the technician saves with the ports ({@code kiosk.devices.printer.*}).
 *
 * @param paperWidth 58 or 80 (mm)
 * @param nativeQr   whether the printer draws QR codes itself ({@code GS ( k}); otherwise they are sent as images
 */
public record PrinterSettings(int paperWidth, boolean nativeQr) {

    public static final int NARROW = 58;
    public static final int WIDE = 80;

    public PrinterSettings {
        if (paperWidth != NARROW && paperWidth != WIDE) {
            throw new IllegalArgumentException("paper width must be 58 or 80 (mm), got " + paperWidth);
        }
    }
}
