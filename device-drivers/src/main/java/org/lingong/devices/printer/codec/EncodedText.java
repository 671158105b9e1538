package org.lingong.devices.printer.codec;

import java.util.List;

/**
 * GBK bytes for one piece of text plus every character that was not encoded as itself.
 *
 * @param bytes        the printer bytes (ASCII single bytes and 2-byte GBK codes only)
 * @param replacements characters replaced, deliberately (table) or by policy (marker)
 */
public record EncodedText(byte[] bytes, List<Replacement> replacements) {

    public EncodedText {
        bytes = bytes.clone();
        replacements = List.copyOf(replacements);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether any character was replaced by the unmappable-character marker (not by the deliberate table). */
    public boolean hasMarkers() {
        return replacements.stream().anyMatch(r -> r.kind() == Replacement.Kind.MARKER);
    }

    /**
     * One replaced character.
     *
     * @param index     UTF-16 index in the source text
     * @param codePoint the original character
     * @param printedAs what is printed instead
     * @param kind      {@link Kind#TABLE} for an equivalent (¥ → ￥), {@link Kind#MARKER} for an unmappable character
     */
    public record Replacement(int index, int codePoint, String printedAs, Kind kind) {
        /** Why the character was replaced. */
        public enum Kind { TABLE, MARKER }

        @Override
        public String toString() {
            return String.format("U+%04X@%d->%s(%s)", codePoint, index, printedAs, kind);
        }
    }
}
