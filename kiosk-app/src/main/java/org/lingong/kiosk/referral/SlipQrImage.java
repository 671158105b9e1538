package org.lingong.kiosk.referral;

import com.google.zxing.common.BitMatrix;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/** A slip's QR code as a crisp on-screen image (whole pixels per module, white quiet zone), for phones to photograph. */
final class SlipQrImage {

    private SlipQrImage() {
    }

    /** The QR for {@code token}, at most {@code maxPixels} wide. */
    static Image of(String token, int maxPixels) {
        BitMatrix matrix = QrRaster.encode(token, QrErrorCorrection.M);
        int quiet = QrRaster.QUIET_ZONE_MODULES;
        int modules = matrix.getWidth() + 2 * quiet;
        int scale = Math.max(1, maxPixels / modules);
        int size = modules * scale;
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
