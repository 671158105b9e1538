package org.lingong.devices.printer.sim;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * Draws receipt elements as a PNG one pixel per dot, paper width wide: text in 12/24-dot cells,
 * native QR codes re-encoded with ZXing from the stored bytes (byte mode, no ECI, as a printer
 * does), raster images exactly as received.
 */
final class ReceiptRenderer {

    private static final int MARGIN = 8;
    /** Longest image drawn (about 3.7 m of paper at 8 dots/mm); anything below is cut off. */
    static final int MAX_HEIGHT_DOTS = 30_000;

    private final int paperDots;

    ReceiptRenderer(int paperDots) {
        this.paperDots = paperDots;
    }

    byte[] png(List<ReceiptElement> elements) {
        BufferedImage image = render(elements);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return out.toByteArray();
    }

    BufferedImage render(List<ReceiptElement> elements) {
        long height = 2L * MARGIN + elements.stream().mapToLong(this::heightOf).sum();
        BufferedImage image = new BufferedImage(paperDots, (int) Math.min(height, MAX_HEIGHT_DOTS),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (ReceiptElement element : elements) {
                if (y >= MAX_HEIGHT_DOTS) {
                    break;
                }
                draw(g, image, element, y);
                y += heightOf(element);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private int heightOf(ReceiptElement element) {
        if (element instanceof ReceiptElement.TextLine line) {
            return ReceiptAssembler.LINE_DOTS + 24 * (line.heightMul() - 1);
        }
        if (element instanceof ReceiptElement.QrCode qr) {
            return qrSymbol(qr).height();
        }
        if (element instanceof ReceiptElement.Raster raster) {
            return raster.bitmap().height();
        }
        if (element instanceof ReceiptElement.Feed feed) {
            return feed.dots();
        }
        return 0;
    }

    private void draw(Graphics2D g, BufferedImage image, ReceiptElement element, int y) {
        if (element instanceof ReceiptElement.TextLine line) {
            drawText(g, line, y);
        } else if (element instanceof ReceiptElement.QrCode qr) {
            drawBitmap(image, qrSymbol(qr), qr.align(), y);
        } else if (element instanceof ReceiptElement.Raster raster) {
            drawBitmap(image, raster.bitmap(), raster.align(), y);
        }
    }

    private void drawBitmap(BufferedImage image, MonoBitmap bitmap, Align align, int top) {
        int left = left(align, bitmap.width());
        int rows = Math.min(bitmap.height(), image.getHeight() - top);
        int cols = Math.min(bitmap.width(), image.getWidth() - left);
        for (int ry = 0; ry < rows; ry++) {
            for (int rx = 0; rx < cols; rx++) {
                if (bitmap.isBlack(rx, ry)) {
                    image.getRaster().setSample(left + rx, top + ry, 0, 0);
                }
            }
        }
    }

    private void drawText(Graphics2D g, ReceiptElement.TextLine line, int top) {
        int width = line.runs().stream()
                .mapToInt(r -> PrinterText.columns(r.text()) * 12 * r.widthMul()).sum();
        int x = left(line.align(), width);
        int baseline = top + 24 * line.heightMul() - 4;
        for (ReceiptElement.TextRun run : line.runs()) {
            AffineTransform scale = AffineTransform.getScaleInstance(run.widthMul(), run.heightMul());
            for (int cp : run.text().codePoints().toArray()) {
                g.setFont(ReceiptFonts.font(cp, run.bold()).deriveFont(scale));
                g.drawString(new String(Character.toChars(cp)), x, baseline);
                x += PrinterText.columnsOf(cp) * 12 * run.widthMul();
            }
        }
    }

    private int left(Align align, int width) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (paperDots - width) / 2);
            case RIGHT -> Math.max(0, paperDots - width);
        };
    }

    /** The printed symbol; one white module if the payload does not fit a QR code at this EC level. */
    private static MonoBitmap qrSymbol(ReceiptElement.QrCode qr) {
        try {
            return QrRaster.renderRawBytes(qr.payload(), qr.ec(), qr.moduleDots());
        } catch (IllegalArgumentException e) {
            return MonoBitmap.builder(qr.moduleDots(), qr.moduleDots()).build();
        }
    }
}
