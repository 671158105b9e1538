package org.lingong.devices.printer.codec;

/**
 * What the host needs to know about one printer model.
 *
 * @param name            a label for logs and the technician screen
 * @param paperWidthMm    nominal paper width in millimetres (58 or 80)
 * @param printableDots   printable width in dots (Font A is 12 dots wide, a GBK character 24)
 * @param columns         Latin (Font A) columns per line; a Chinese character takes two
 * @param nativeQr        whether the printer implements {@code GS ( k} QR; if not, QR codes are sent as raster images
 * @param statusSupported whether the path is bidirectional and the printer answers {@code DLE EOT};
 *                        {@code false} for one-way paths (CUPS, write-only USB class), where status is never polled
 * @param qrModuleDots    preferred dots per QR module
 */
public record PrinterProfile(String name, int paperWidthMm, int printableDots, int columns,
                             boolean nativeQr, boolean statusSupported, int qrModuleDots) {

    /** Width of one Latin (Font A) column in dots. */
    public static final int COLUMN_DOTS = 12;

    public PrinterProfile {
        if (printableDots <= 0 || columns <= 0 || columns * COLUMN_DOTS > printableDots) {
            throw new IllegalArgumentException("inconsistent profile " + name + ": " + columns
                    + " columns do not fit " + printableDots + " dots");
        }
        if (qrModuleDots < 1 || qrModuleDots > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, was " + qrModuleDots);
        }
    }

    /** 58 mm paper: 384 dots, 32 columns, native QR, status over a bidirectional path. */
    public static PrinterProfile paper58() {
        return new PrinterProfile("58mm", 58, 384, 32, true, true, 5);
    }

    /** 80 mm paper: 576 dots, 48 columns, native QR, status over a bidirectional path. */
    public static PrinterProfile paper80() {
        return new PrinterProfile("80mm", 80, 576, 48, true, true, 6);
    }

    public PrinterProfile withNativeQr(boolean enabled) {
        return new PrinterProfile(name, paperWidthMm, printableDots, columns, enabled, statusSupported, qrModuleDots);
    }

    public PrinterProfile withStatusSupported(boolean enabled) {
        return new PrinterProfile(name, paperWidthMm, printableDots, columns, nativeQr, enabled, qrModuleDots);
    }
}
