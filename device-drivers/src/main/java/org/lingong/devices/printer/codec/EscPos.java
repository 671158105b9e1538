package org.lingong.devices.printer.codec;

/** ESC/POS byte constants used by the builder, the status decoder and the simulator. */
public final class EscPos {

    public static final byte LF = 0x0A;
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;

    /** {@code GS ( k} function code byte {@code cn} for QR Code. */
    public static final byte QR_CN = 0x31;
    /** Most rows one {@code GS v 0} band carries (python-escpos {@code fragment_height}). */
    public static final int MAX_RASTER_BAND_ROWS = 960;
    /** Upper bound of {@code pL + pH*256} for QR store data (Epson Function 180). */
    public static final int MAX_QR_STORE_PARAMS = 7092;

    private EscPos() {
    }
}
