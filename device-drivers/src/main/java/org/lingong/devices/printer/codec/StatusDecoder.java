package org.lingong.devices.printer.codec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decodes real-time status replies ({@code DLE EOT n} = {@code 10 04 n}, one byte each) and
 * Automatic Status Back blocks ({@code GS a n}, four bytes). Bit meanings: devices.md C.5.
 *
 * <pre>
 * DLE EOT reply: bit 7 6 5 4 3 2 1 0
 *                    0 x x 1 x x 1 0     fixed bits: 0 at 0 and 7, 1 at 1 and 4
 * n=1  bit3 offline
 * n=2  bit2 cover open, bit3 FEED button, bit5 paper-end stop, bit6 error occurred
 * n=3  bit2 mechanical, bit3 autocutter, bit5 unrecoverable, bit6 auto-recoverable
 * n=4  bit2|bit3 paper near end, bit5|bit6 paper end
 * ASB: byte1 0xx1xx00 (bit3 offline, bit5 cover, bit6 FEED); byte2 error causes as n=3;
 *      byte3 bit0|bit1 near end, bit2|bit3 paper end; bytes 2..4 have bit4 = 0 and bit7 = 0 (Epson GS a)
 * </pre>
 * A set bit of a two-bit sensor pair counts (either sensor reporting is enough).
 */
public final class StatusDecoder {

    private StatusDecoder() {
    }

    /** Whether {@code b} has the fixed-bit pattern {@code 0xx1xx10} of every DLE EOT reply. */
    public static boolean isRealTimePattern(int b) {
        return (b & 0b1001_0011) == 0b0001_0010;
    }

    /** Whether {@code b} can start an ASB block ({@code 0xx1xx00}). */
    public static boolean isAsbFirstByte(int b) {
        return (b & 0b1001_0011) == 0b0001_0000;
    }

    /**
     * @param n     the request's {@code n}, 1..4
     * @param reply the reply byte, 0..255
     */
    public static StatusReply decodeRealTime(int n, int reply) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4, was " + n);
        }
        if (!isRealTimePattern(reply)) {
            return new StatusReply.Invalid(new byte[] {(byte) reply}, "not 0xx1xx10 (DLE EOT " + n + ")");
        }
        EnumSet<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        EnumSet<PrinterErrorCause> errors = EnumSet.noneOf(PrinterErrorCause.class);
        switch (n) {
            case 1 -> conditions.add(bit(reply, 3) ? PrinterCondition.OFFLINE : PrinterCondition.ONLINE);
            case 2 -> offlineCauses(reply, conditions);
            case 3 -> errorCauses(reply, conditions, errors);
            default -> paper(reply, 0b0000_1100, 0b0110_0000, conditions);
        }
        return new StatusReply.Decoded(conditions, errors);
    }

    /** Decodes a 4-byte ASB block; {@code block} must have exactly four bytes. */
    public static StatusReply decodeAsb(byte[] block) {
        if (block.length != 4) {
            return new StatusReply.Invalid(block, "ASB block needs 4 bytes, got " + block.length);
        }
        int first = block[0] & 0xFF;
        if (!isAsbFirstByte(first)) {
            return new StatusReply.Invalid(block, "ASB byte 1 not 0xx1xx00");
        }
        for (int i = 1; i < 4; i++) {
            if ((block[i] & 0b1001_0000) != 0) {
                return new StatusReply.Invalid(block, "ASB byte " + (i + 1) + " has bit 4 or 7 set");
            }
        }
        EnumSet<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        EnumSet<PrinterErrorCause> errors = EnumSet.noneOf(PrinterErrorCause.class);
        conditions.add(bit(first, 3) ? PrinterCondition.OFFLINE : PrinterCondition.ONLINE);
        if (bit(first, 5)) {
            conditions.add(PrinterCondition.COVER_OPEN);
        }
        if (bit(first, 6)) {
            conditions.add(PrinterCondition.FEED_BUTTON);
        }
        errorCauses(block[1] & 0xFF, conditions, errors);
        paper(block[2] & 0xFF, 0b0000_0011, 0b0000_1100, conditions);
        return new StatusReply.Decoded(conditions, errors);
    }

    /** Merges decoded replies into one status; ONLINE is dropped when any reply says OFFLINE. */
    public static PrinterStatus combine(Collection<StatusReply.Decoded> replies) {
        EnumSet<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        EnumSet<PrinterErrorCause> errors = EnumSet.noneOf(PrinterErrorCause.class);
        for (StatusReply.Decoded reply : replies) {
            conditions.addAll(reply.conditions());
            errors.addAll(reply.errors());
        }
        if (conditions.contains(PrinterCondition.OFFLINE)) {
            conditions.remove(PrinterCondition.ONLINE);
        }
        if (!errors.isEmpty()) {
            conditions.add(PrinterCondition.ERROR);
        }
        if (conditions.isEmpty()) {
            conditions.add(PrinterCondition.ONLINE);
        }
        return new PrinterStatus(conditions, errors);
    }

    private static void offlineCauses(int reply, Set<PrinterCondition> conditions) {
        if (bit(reply, 2)) {
            conditions.add(PrinterCondition.COVER_OPEN);
        }
        if (bit(reply, 3)) {
            conditions.add(PrinterCondition.FEED_BUTTON);
        }
        if (bit(reply, 5)) {
            conditions.add(PrinterCondition.PAPER_OUT);
        }
        if (bit(reply, 6)) {
            conditions.add(PrinterCondition.ERROR);
        }
    }

    private static void errorCauses(int reply, Set<PrinterCondition> conditions, Set<PrinterErrorCause> errors) {
        addIf(bit(reply, 2), PrinterErrorCause.MECHANICAL, errors);
        addIf(bit(reply, 3), PrinterErrorCause.AUTOCUTTER, errors);
        addIf(bit(reply, 5), PrinterErrorCause.UNRECOVERABLE, errors);
        addIf(bit(reply, 6), PrinterErrorCause.AUTO_RECOVERABLE, errors);
        if (!errors.isEmpty()) {
            conditions.add(PrinterCondition.ERROR);
        }
    }

    /** Roll paper sensor pairs: any bit of {@code nearEndMask} means near end, any of {@code endMask} paper end. */
    private static void paper(int bits, int nearEndMask, int endMask, Set<PrinterCondition> conditions) {
        if ((bits & nearEndMask) != 0) {
            conditions.add(PrinterCondition.PAPER_NEAR_END);
        }
        if ((bits & endMask) != 0) {
            conditions.add(PrinterCondition.PAPER_OUT);
        }
    }

    private static <E> void addIf(boolean condition, E value, Set<E> set) {
        if (condition) {
            set.add(value);
        }
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
