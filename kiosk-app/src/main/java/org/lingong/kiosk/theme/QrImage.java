package org.lingong.kiosk.theme;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * A QR code as a crisp on-screen image: whole pixels per module, white quiet zone, error correction M. Drawn from the
 * printer's {@link QrRaster} bitmap, so screen, receipt and A4 slip show the same symbol.
 */
public final class QrImage {

    private QrImage() {
    }

    /** As many whole pixels per module as fit {@code maxPixels}. */
    public static Image fitting(String payload, int maxPixels) {
        return of(payload, Integer.MAX_VALUE, maxPixels);
    }

    /** {@code modulePixels} pixels per module, fewer if the image would be wider than {@code maxPixels}. */
    public static Image of(String payload, int modulePixels, int maxPixels) {
        MonoBitmap bitmap = QrRaster.render(payload, QrErrorCorrection.M, modulePixels, maxPixels);
        WritableImage image = new WritableImage(bitmap.width(), bitmap.height());
        image.getPixelWriter().setPixels(0, 0, bitmap.width(), bitmap.height(), PixelFormat.getIntArgbInstance(),
                bitmap.argb(), 0, bitmap.width());
        return image;
    }
}
