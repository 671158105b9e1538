package org.lingong.devices.printer.sim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Test helper: finds and decodes the QR code in a receipt PNG with ZXing javase. */
public final class QrImages {

    private QrImages() {
    }

    public static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR payload found in the image (non-ASCII payloads without ECI are read as UTF-8). */
    public static Optional<String> decode(byte[] png) {
        BufferedImage image = read(png);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
