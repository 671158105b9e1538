package org.lingong.devices.printer.sim;

import java.util.List;
import java.util.function.Function;

/**
 * One receipt the simulator printed: everything between two cuts (or up to the end of the
 * connection, then {@link #cut()} is false). The PNG is rendered on first access, so that printing
 * never delays the simulator's real-time status replies. Thread-safe.
 */
public final class PrintedReceipt {

    private final int number;
    private final List<ReceiptElement> elements;
    private final String transcript;
    private final boolean cut;
    private final Function<List<ReceiptElement>, byte[]> renderer;
    private byte[] png;

    PrintedReceipt(int number, List<ReceiptElement> elements, boolean cut,
                   Function<List<ReceiptElement>, byte[]> renderer) {
        this.number = number;
        this.elements = List.copyOf(elements);
        this.transcript = TranscriptFormatter.format(this.elements);
        this.cut = cut;
        this.renderer = renderer;
    }

    /** 1-based sequence number within the simulator. */
    public int number() {
        return number;
    }

    /** What was printed, in paper order. */
    public List<ReceiptElement> elements() {
        return elements;
    }

    /**
     * Plain text, one line per printed line; QR codes as {@code [QR native: payload]}, images as
     * {@code [RASTER WxH]}, uninterpreted commands as {@code [UNKNOWN ...]}.
     */
    public String transcript() {
        return transcript;
    }

    /** Whether a cut command ended this receipt. */
    public boolean cut() {
        return cut;
    }

    /** The receipt image as PNG, paper width in pixels (one pixel per dot); a new array on each call. */
    public synchronized byte[] png() {
        if (png == null) {
            png = renderer.apply(elements);
        }
        return png.clone();
    }

    /** The descriptions of commands the simulator did not understand. */
    public List<String> unknownCommands() {
        return elements.stream()
                .filter(ReceiptElement.Notice.class::isInstance)
                .map(e -> ((ReceiptElement.Notice) e).description())
                .toList();
    }

    @Override
    public String toString() {
        return "PrintedReceipt[#" + number + ", " + elements.size() + " elements, cut=" + cut + "]";
    }
}
