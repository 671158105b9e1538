package org.lingong.devices.printer.codec;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Renders a QR code as a 1-bit bitmap: the raster of {@code GS v 0} for printers without native QR, and the one source
 * of every QR picture elsewhere (the printer simulator's receipt, the kiosk's screens and A4 slip turn the bitmap into
 * their image with {@link MonoBitmap#argb()}). Non-ASCII payloads are encoded as UTF-8 with an ECI marker; ASCII
 * payloads without one.
 */
public final class QrRaster {

    /** Quiet zone on each side, in modules (ISO/IEC 18004 asks for 4). */
    public static final int QUIET_ZONE_MODULES = 4;

    private QrRaster() {
    }

    /**
     * @param moduleDots preferred dots per module; reduced if the code would not fit {@code maxWidthDots}
     * @throws IllegalArgumentException if the payload cannot be encoded or does not fit even at 1 dot per module
     */
    public static MonoBitmap render(String payload, QrErrorCorrection ec, int moduleDots, int maxWidthDots) {
        BitMatrix modules = encode(payload, ec);
        int side = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
        int scale = Math.min(moduleDots, maxWidthDots / side);
        if (scale < 1) {
            throw new IllegalArgumentException("QR code of " + modules.getWidth() + " modules does not fit "
                    + maxWidthDots + " dots");
        }
        return bitmap(modules, QUIET_ZONE_MODULES, scale);
    }

    /**
     * The symbol of raw payload bytes as a printer's native {@code GS ( k} prints it: {@code moduleDots} per module,
     * no quiet zone (the paper around it is the quiet zone).
     *
     * @throws IllegalArgumentException if the payload does not fit a QR code at this level
     */
    public static MonoBitmap renderRawBytes(byte[] payload, QrErrorCorrection ec, int moduleDots) {
        return bitmap(encodeRawBytes(payload, ec), 0, moduleDots);
    }

    private static MonoBitmap bitmap(BitMatrix modules, int quietModules, int scale) {
        int side = (modules.getWidth() + 2 * quietModules) * scale;
        MonoBitmap.Builder bitmap = MonoBitmap.builder(side, side);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    bitmap.fillRect((x + quietModules) * scale, (y + quietModules) * scale, scale, scale);
                }
            }
        }
        return bitmap.build();
    }

    /** The bare module matrix (no quiet zone, one cell per module). */
    public static BitMatrix encode(String payload, QrErrorCorrection ec) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(payload);
        return encode(payload, ec, ascii ? null : StandardCharsets.UTF_8.name());
    }

    /**
     * The module matrix for raw payload bytes without an ECI marker, as a printer's native
     * {@code GS ( k} encodes its stored data (readers then guess the character set).
     */
    public static BitMatrix encodeRawBytes(byte[] payload, QrErrorCorrection ec) {
        return encode(new String(payload, StandardCharsets.ISO_8859_1), ec, null);
    }

    private static BitMatrix encode(String payload, QrErrorCorrection ec, String charset) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ec.zxingLevel());
        hints.put(EncodeHintType.MARGIN, 0);
        if (charset != null) {
            hints.put(EncodeHintType.CHARACTER_SET, charset);
        }
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars: "
                    + e.getMessage(), e);
        }
    }
}
