package org.lingong.devices.printer.sim;

import java.util.List;

/**
 * One receipt the simulator printed: everything between two cuts (or up to the end of the
 * connection, then {@code cut} is false).
 *
 * @param number     1-based sequence number within the simulator
 * @param elements   what was printed, in order
 * @param transcript plain text, one line per printed line; QR codes as {@code [QR native: payload]},
 *                   images as {@code [RASTER WxH]}, unknown commands as {@code [UNKNOWN ...]}
 * @param png        the receipt image, paper width in pixels (one pixel per dot)
 * @param cut        whether a cut command ended this receipt
 */
public record PrintedReceipt(int number, List<ReceiptElement> elements, String transcript, byte[] png, boolean cut) {

    public PrintedReceipt {
        elements = List.copyOf(elements);
        png = png.clone();
    }

    @Override
    public byte[] png() {
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
