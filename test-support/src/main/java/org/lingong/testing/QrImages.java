package org.lingong.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Finds and decodes the QR code in a receipt PNG or a screenshot with ZXing javase. */
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

    /**
     * The QR payload found in the image (non-ASCII payloads without ECI are read as UTF-8). ZXing's
     * detector misses some valid small symbols in a whole image (zxing/zxing#250; e.g. "?X" at EC M,
     * whose module matrix decodes fine): then each horizontal band of ink is cut out, padded with
     * white and read as a pure barcode.
     */
    public static Optional<String> decode(byte[] png) {
        BufferedImage image = read(png);
        Optional<String> whole = decode(image, false);
        if (whole.isPresent()) {
            return whole;
        }
        for (int[] band : inkBands(image)) {
            Optional<String> found = decode(padded(image.getSubimage(0, band[0], image.getWidth(), band[1] - band[0])), true);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(BufferedImage image, boolean pure) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(pure ? DecodeHintType.PURE_BARCODE : DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Row ranges [from, to) containing dark pixels, separated by at least 4 white rows. */
    private static List<int[]> inkBands(BufferedImage image) {
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        int white = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            if (hasInk(image, y)) {
                if (start < 0) {
                    start = y;
                }
                white = 0;
            } else if (start >= 0 && ++white >= 4) {
                bands.add(new int[] {start, y - white + 1});
                start = -1;
            }
        }
        if (start >= 0) {
            bands.add(new int[] {start, image.getHeight()});
        }
        return bands;
    }

    private static boolean hasInk(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xFF) < 128) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage padded(BufferedImage band) {
        int pad = 32;
        BufferedImage out = new BufferedImage(band.getWidth() + 2 * pad, band.getHeight() + 2 * pad,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(band, pad, pad, null);
        g.dispose();
        return out;
    }
}
