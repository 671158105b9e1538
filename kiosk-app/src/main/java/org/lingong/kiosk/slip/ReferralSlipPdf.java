package org.lingong.kiosk.slip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;


import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.SlipText;
import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * Renders a referral slip (推荐单) as a one-page A4 PDF for A4 printers and the archive, in the words of
 * {@link SlipWording}, the receipt printer's too, so paper and PDF agree.
 *
 * <p>The bundled Noto Sans SC Regular and Bold TrueType fonts (unpacked into {@code /fonts/} at
 * build time) are embedded as subsets; PDFBox cannot embed CFF/OTF fonts. The verification QR (error correction M, 4-module quiet zone) is drawn as
 * a lossless image. Thread-safe: each call builds its own document; the font bytes are shared.
 */
public final class ReferralSlipPdf {

    static final String REGULAR_FONT = "/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD_FONT = "/fonts/NotoSansSC-Bold.ttf";
    /** Side of the printed QR code in PDF points (1/72 inch): 53 mm. */
    static final float QR_SIZE = 150;

    private static final int QR_MODULE_PIXELS = 4;
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 96;
    private static final float FIELD_SIZE = 15;
    private static final float LINE_GAP = 7;

    private final SlipWording wording = new SlipWording();

    /**
     * The font files (about 20 MB together), read at the first slip rather than when the kiosk starts: reading them
     * took 230 ms of the installed kiosk's start-up (scripts/measure-installed-startup.sh).
     */
    private static final class Fonts {
        static final byte[] REGULAR = resource(REGULAR_FONT);
        static final byte[] BOLD = resource(BOLD_FONT);
    }

    /** The slip as PDF bytes. */
    public byte[] render(ReferralSlip slip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(slip, out);
        return out.toByteArray();
    }

    /** Writes the slip as a PDF to {@code out} (not closed). */
    public void write(ReferralSlip slip, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(Fonts.REGULAR), true);
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(Fonts.BOLD), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrImage(slip.qrToken()));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                SlipCanvas canvas = new SlipCanvas(content, page.getMediaBox(), MARGIN);
                drawHeader(canvas, slip, regular, bold, qr);
                drawFields(canvas, slip, regular, bold);
                drawFooter(canvas, regular, bold);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(wording.label("title") + " " + slip.slipNumber());
            info.setCreator("Lingong Kiosk");
            document.save(out);
        }
    }

    private void drawHeader(SlipCanvas canvas, ReferralSlip slip, PDType0Font regular, PDType0Font bold,
            PDImageXObject qr) throws IOException {
        float top = canvas.top();
        float qrLeft = canvas.right() - QR_SIZE;
        canvas.image(qr, qrLeft, top - QR_SIZE, QR_SIZE);
        canvas.centredText(wording.label("qrCaption"), regular, 10, qrLeft + QR_SIZE / 2, top - QR_SIZE - 12);
        canvas.text(wording.label("title"), bold, 30, canvas.left(), top - 34);
        canvas.text(wording.label("slipNumber") + "：" + slip.slipNumber(), bold, 16, canvas.left(), top - 66);
        canvas.text(slip.station(), regular, 13, canvas.left(), top - 90);
        canvas.moveTo(top - QR_SIZE - 28);
        canvas.rule(1.5f);
    }

    private void drawFields(SlipCanvas canvas, ReferralSlip slip, PDType0Font regular, PDType0Font bold)
            throws IOException {
        for (SlipText.Line line : wording.sections(slip).stream().flatMap(List::stream).toList()) {
            canvas.moveDown(LINE_GAP + 4);
            canvas.field(line.label(), line.value(), bold, regular, FIELD_SIZE, LABEL_WIDTH, LINE_GAP);
        }
        canvas.moveDown(14);
        canvas.rule(1.5f);
    }

    private void drawFooter(SlipCanvas canvas, PDType0Font regular, PDType0Font bold) throws IOException {
        canvas.moveDown(10);
        canvas.paragraph(wording.label("footer"), regular, 12, LINE_GAP);
        canvas.moveDown(36);
        canvas.text(wording.label("signature"), bold, 14, canvas.left(), canvas.cursor());
        canvas.line(canvas.left() + 110, canvas.cursor() - 3, canvas.left() + 330, canvas.cursor() - 3);
    }

    /** The QR code as a black-on-white image, 4 px per module, quiet zone included (the printer's bitmap). */
    static BufferedImage qrImage(String token) {
        MonoBitmap bitmap;
        try {
            bitmap = QrRaster.render(token, QrErrorCorrection.M, QR_MODULE_PIXELS, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verification token cannot be encoded as a QR code (" + token.length()
                    + " characters)", e);
        }
        BufferedImage image = new BufferedImage(bitmap.width(), bitmap.height(), BufferedImage.TYPE_BYTE_BINARY);
        image.setRGB(0, 0, bitmap.width(), bitmap.height(), bitmap.argb(), 0, bitmap.width());
        return image;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReferralSlipPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + name + " could not be read", e);
        }
    }
}
