package org.lingong.devices.printer.codec;

/**
 * Text contains a character the printer's 2-byte GBK font cannot print. The message names the
 * character (as code point) and its position; it never repeats the surrounding text, which may be
 * personal data.
 */
public final class UnmappableTextException extends IllegalArgumentException {

    private final int codePoint;
    private final int index;

    public UnmappableTextException(int codePoint, int index) {
        super(String.format("character U+%04X at index %d has no 2-byte GBK code", codePoint, index));
        this.codePoint = codePoint;
        this.index = index;
    }

    public int codePoint() {
        return codePoint;
    }

    /** The UTF-16 index of the character in the text that was encoded. */
    public int index() {
        return index;
    }
}
