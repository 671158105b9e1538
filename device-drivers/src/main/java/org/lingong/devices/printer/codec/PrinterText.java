package org.lingong.devices.printer.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Column arithmetic for a receipt line: a printable ASCII character takes one Font A column
 * (12 dots), any other character (a 2-byte GBK code) takes two (24 dots).
 */
public final class PrinterText {

    private PrinterText() {
    }

    /** Columns taken by one code point. */
    public static int columnsOf(int codePoint) {
        return codePoint >= 0x20 && codePoint < 0x7F ? 1 : 2;
    }

    /** Columns taken by {@code text} at normal width. */
    public static int columns(String text) {
        return text.codePoints().map(PrinterText::columnsOf).sum();
    }

    /**
     * Breaks {@code text} into lines of at most {@code width} columns, never splitting a character.
     * Runs of non-space ASCII (words, dates, numbers) are kept together when they fit on a line of their own; Chinese breaks anywhere.
     * An empty text gives one empty line.
     */
    public static List<String> wrap(String text, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("line width must be at least 2 columns, was " + width);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int w = columnsOf(cp);
            if (used + w > width) {
                int keep = latinWordStart(line, cp);
                String carried = line.substring(keep);
                lines.add(line.substring(0, keep).stripTrailing());
                line.setLength(0);
                line.append(carried);
                used = columns(carried);
                if (cp == ' ' && used == 0) {
                    continue;
                }
            }
            line.appendCodePoint(cp);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }

    /** Where to break so that a Latin word continuing with {@code next} moves whole to the next line. */
    private static int latinWordStart(StringBuilder line, int next) {
        if (!isWordChar(next)) {
            return line.length();
        }
        int start = line.length();
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        return start == 0 ? line.length() : start;
    }

    /** Any printable ASCII but space: dates like 2026-12-03 and tokens stay whole. */
    private static boolean isWordChar(int cp) {
        return cp > 0x20 && cp < 0x7F;
    }
}
