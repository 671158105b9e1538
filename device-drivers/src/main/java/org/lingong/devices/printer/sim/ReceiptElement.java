package org.lingong.devices.printer.sim;

import java.util.List;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.QrErrorCorrection;

/** One thing printed on a simulated receipt, in paper order. */
public sealed interface ReceiptElement {

    /** Height-independent run of text in one style. Widths and heights are multipliers (1..8). */
    record TextRun(String text, boolean bold, int widthMul, int heightMul) {
    }

    /** One printed line: its runs and the justification in force when it was printed. */
    record TextLine(List<TextRun> runs, Align align) implements ReceiptElement {
        public TextLine {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }

        public int heightMul() {
            return runs.stream().mapToInt(TextRun::heightMul).max().orElse(1);
        }
    }

    /** A native {@code GS ( k} QR code as the printer would print it. */
    record QrCode(byte[] payload, int moduleDots, QrErrorCorrection ec, Align align) implements ReceiptElement {
        public QrCode {
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        public String payloadText() {
            return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A {@code GS v 0} raster image as received. */
    record Raster(MonoBitmap bitmap, Align align) implements ReceiptElement {
    }

    /** Blank paper fed, in dots. */
    record Feed(int dots) implements ReceiptElement {
    }

    /** A command the simulator did not interpret; listed in the transcript. */
    record Notice(String description) implements ReceiptElement {
    }
}
