package org.lingong.devices.printer.sim;

import java.util.List;

/**
 * Turns receipt elements into the plain-text transcript: one line per printed text line (text only,
 * without alignment padding), {@code [QR native: payload]}, {@code [RASTER WxH]}, {@code [UNKNOWN ...]};
 * paper feeds produce no lines.
 */
final class TranscriptFormatter {

    private TranscriptFormatter() {
    }

    static String format(List<ReceiptElement> elements) {
        StringBuilder sb = new StringBuilder();
        for (ReceiptElement element : elements) {
            String line = line(element);
            if (line != null) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String line(ReceiptElement element) {
        if (element instanceof ReceiptElement.TextLine text) {
            return text.text();
        }
        if (element instanceof ReceiptElement.QrCode qr) {
            return "[QR native: " + qr.payloadText() + "]";
        }
        if (element instanceof ReceiptElement.Raster raster) {
            return "[RASTER " + raster.bitmap().width() + "x" + raster.bitmap().height() + "]";
        }
        if (element instanceof ReceiptElement.Notice notice) {
            return "[UNKNOWN " + notice.description() + "]";
        }
        return null;
    }
}
