package org.lingong.kiosk.theme;

import com.google.zxing.common.BitMatrix;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * A QR code as a crisp on-screen image (whole pixels per module, white quiet zone), for phones to photograph: the
 * slip's QR when the printer cannot print, the worker code.
 */
public final class QrImage {

    private QrImage() {
    }

    /** The QR for {@code text}, at most {@code maxPixels} wide. */
    public static Image of(String text, int maxPixels) {
        BitMatrix matrix = QrRaster.encode(text, QrErrorCorrection.M);
        return render(matrix, Math.max(1, maxPixels / modulesWide(matrix)));
    }

    /** The QR for {@code text} with {@code modulePixels} pixels per module. */
    public static Image withModulePixels(String text, int modulePixels) {
        return render(QrRaster.encode(text, QrErrorCorrection.M), modulePixels);
    }

    private static int modulesWide(BitMatrix matrix) {
        return matrix.getWidth() + 2 * QrRaster.QUIET_ZONE_MODULES;
    }

    private static Image render(BitMatrix matrix, int scale) {
        int quiet = QrRaster.QUIET_ZONE_MODULES;
        int size = modulesWide(matrix) * scale;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
                pixels.setArgb(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
