package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.workers.InvalidIdNumberException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads typed fields out of a 256-byte UCS-2LE text block; every failure names the field. */
final class TextBlockReader {

    private final byte[] block;

    TextBlockReader(byte[] block) {
        this.block = block;
    }

    /** The field as text with trailing space / NUL padding removed. */
    String text(String field, int offset, int length) throws CardDecodeException {
        return stripPadding(raw(field, offset, length));
    }

    /** The field as text, padding kept. */
    String raw(String field, int offset, int length) throws CardDecodeException {
        try {
            return StandardCharsets.UTF_16LE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(block, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CardDecodeException(field, "not valid UCS-2LE text");
        }
    }

    /** A non-empty field. */
    String required(String field, int offset, int length) throws CardDecodeException {
        String s = text(field, offset, length);
        if (s.isEmpty()) {
            throw new CardDecodeException(field, "is empty");
        }
        return s;
    }

    /** The UTF-16LE code unit at {@code offset}, read without any charset check. */
    char flag(int offset) {
        return (char) ((block[offset + 1] & 0xFF) << 8 | (block[offset] & 0xFF));
    }

    LocalDate date(String field, int offset) throws CardDecodeException {
        String s = text(field, offset, 16);
        if (s.length() != 8 || !allDigits(s)) {
            throw new CardDecodeException(field, "must be 8 digits YYYYMMDD");
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new CardDecodeException(field, "is not a real date");
        }
    }

    Validity validity(String field, int offset) throws CardDecodeException {
        if (Validity.LONG_TERM_TEXT.equals(text(field, offset, 16))) {
            return Validity.LONG_TERM;
        }
        return Validity.until(date(field, offset));
    }

    Gender gender(String field, int offset) throws CardDecodeException {
        String s = text(field, offset, 2);
        if (s.length() != 1) {
            throw new CardDecodeException(field, "is empty");
        }
        char c = s.charAt(0);
        return Gender.ofCode(c).orElseThrow(() -> new CardDecodeException(field, "unknown code " + printable(c)));
    }

    Nation nation(String field, int offset) throws CardDecodeException {
        String s = text(field, offset, 4);
        if (s.length() != 2 || !allDigits(s)) {
            throw new CardDecodeException(field, "must be 2 digits");
        }
        return Nation.ofCode(Integer.parseInt(s)).orElseThrow(() -> new CardDecodeException(field, "unknown code " + s));
    }

    /** A small count written in digits; blank means 0. */
    int count(String field, int offset, int length) throws CardDecodeException {
        String s = text(field, offset, length);
        if (s.isEmpty()) {
            return 0;
        }
        if (!allDigits(s)) {
            throw new CardDecodeException(field, "must be digits");
        }
        return Integer.parseInt(s);
    }

    IdNumber idNumber(String field, int offset, int length) throws CardDecodeException {
        try {
            return IdNumber.parse(text(field, offset, length));
        } catch (InvalidIdNumberException e) {
            throw new CardDecodeException(field, e.getMessage());
        }
    }

    static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
