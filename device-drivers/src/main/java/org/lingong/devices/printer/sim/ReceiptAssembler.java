package org.lingong.devices.printer.sim;

import java.util.ArrayList;
import java.util.List;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.MonoBitmap;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrErrorCorrection;

/**
 * The simulated paper: applies print modes to incoming text, wraps lines that overflow the printable
 * width (as a printer does), and collects {@link ReceiptElement}s until a cut. Not thread-safe.
 */
final class ReceiptAssembler {

    /** Default line pitch in dots (ESC 2, about 1/6 inch at 180–203 dpi). */
    static final int LINE_DOTS = 30;

    private final int paperDots;
    private final List<ReceiptElement> elements = new ArrayList<>();
    private final List<ReceiptElement.TextRun> runs = new ArrayList<>();
    private StringBuilder runText = new StringBuilder();
    private int usedDots;
    private Align align = Align.LEFT;
    private Align lineAlign = Align.LEFT;
    private boolean bold;
    private int widthMul = 1;
    private int heightMul = 1;

    ReceiptAssembler(int paperDots) {
        this.paperDots = paperDots;
    }

    int paperDots() {
        return paperDots;
    }

    /** ESC @: modes back to defaults, unprinted text discarded. */
    void init() {
        runs.clear();
        runText = new StringBuilder();
        usedDots = 0;
        align = Align.LEFT;
        bold = false;
        widthMul = 1;
        heightMul = 1;
    }

    void align(Align value) {
        align = value;
    }

    void bold(boolean value) {
        closeRun();
        bold = value;
    }

    void size(int width, int height) {
        closeRun();
        widthMul = width;
        heightMul = height;
    }

    void text(String text) {
        text.codePoints().forEach(this::character);
    }

    /** LF: prints the line buffer (an empty line if nothing is buffered). */
    void lineFeed() {
        closeRun();
        if (runs.isEmpty()) {
            runs.add(new ReceiptElement.TextRun("", bold, widthMul, heightMul));
            lineAlign = align;
        }
        elements.add(new ReceiptElement.TextLine(runs, lineAlign));
        runs.clear();
        usedDots = 0;
    }

    void feedDots(int dots) {
        printPendingLine();
        elements.add(new ReceiptElement.Feed(dots));
    }

    void qr(byte[] payload, int moduleDots, QrErrorCorrection ec) {
        printPendingLine();
        elements.add(new ReceiptElement.QrCode(payload, moduleDots, ec, align));
    }

    void raster(MonoBitmap bitmap) {
        printPendingLine();
        elements.add(new ReceiptElement.Raster(bitmap, align));
    }

    void notice(String description) {
        elements.add(new ReceiptElement.Notice(description));
    }

    boolean isEmpty() {
        return elements.isEmpty() && runs.isEmpty() && runText.length() == 0;
    }

    /** Prints any pending text and hands over everything since the last take. */
    List<ReceiptElement> take() {
        printPendingLine();
        List<ReceiptElement> taken = List.copyOf(elements);
        elements.clear();
        return taken;
    }

    private void printPendingLine() {
        closeRun();
        if (!runs.isEmpty()) {
            lineFeed();
        }
    }

    private void character(int cp) {
        int dots = PrinterText.columnsOf(cp) * 12 * widthMul;
        if (usedDots + dots > paperDots && (usedDots > 0 || runText.length() > 0)) {
            lineFeed();
        }
        if (runs.isEmpty() && runText.length() == 0) {
            lineAlign = align;
        }
        runText.appendCodePoint(cp);
        usedDots += dots;
    }

    private void closeRun() {
        if (runText.length() > 0) {
            runs.add(new ReceiptElement.TextRun(runText.toString(), bold, widthMul, heightMul));
            runText = new StringBuilder();
        }
    }
}
