package org.lingong.devices.printer.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes text for a Chinese ESC/POS printer in Chinese mode: printable ASCII as single bytes,
 * everything else as a 2-byte GBK code (lead byte 81..FE). Never emits 4-byte GB18030 sequences,
 * never silently emits {@code 3F} ('?') for a character it cannot encode, never emits control bytes
 * (which would be printer commands).
 *
 * <p>First a deliberate table maps characters to printable equivalents ({@code ¥} → {@code ￥} A3 A4,
 * no-break space → space, tab → space, {@code •}/{@code ・} → {@code ·}). Note {@code —} (U+2014)
 * encodes directly as A1 AA and needs no entry. Characters still unmappable (emoji, CJK extension B
 * such as 𠀀, private-use, controls) follow the {@link Policy}: {@code REPORT} throws
 * {@link UnmappableTextException}; {@code REPLACE} prints the marker {@value #DEFAULT_MARKER} (GBK A1 FE)
 * and lists the character in {@link EncodedText#replacements()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GbkTextEncoder {

    /** What to do with a character that has no 2-byte GBK code. */
    public enum Policy { REPORT, REPLACE }

    /** The geta mark 〓, traditionally printed in Chinese typesetting for a missing glyph. */
    public static final String DEFAULT_MARKER = "〓";

    private static final Charset GBK = Charset.forName("GBK");
    private static final Map<Integer, String> TABLE = Map.of(
            0x00A5, "￥",
            0x00A0, " ",
            0x0009, " ",
            0x2022, "·",
            0x30FB, "·",
            0x2007, " ",
            0x202F, " ");

    private final Policy policy;
    private final String marker;

    private GbkTextEncoder(Policy policy, String marker) {
        this.policy = policy;
        this.marker = marker;
    }

    /** Throws {@link UnmappableTextException} at the first unmappable character. */
    public static GbkTextEncoder strict() {
        return new GbkTextEncoder(Policy.REPORT, DEFAULT_MARKER);
    }

    /** Prints {@value #DEFAULT_MARKER} for each unmappable character and reports it in the result. */
    public static GbkTextEncoder replacing() {
        return replacing(DEFAULT_MARKER);
    }

    /** Prints {@code marker} (which must itself be encodable) for each unmappable character. */
    public static GbkTextEncoder replacing(String marker) {
        GbkTextEncoder encoder = new GbkTextEncoder(Policy.REPLACE, marker);
        strict().encode(marker);
        return encoder;
    }

    public Policy policy() {
        return policy;
    }

    /** @throws UnmappableTextException under {@link Policy#REPORT} for the first unmappable character */
    public EncodedText encode(String text) {
        CharsetEncoder encoder = GBK.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        List<EncodedText.Replacement> replaced = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String substitute = TABLE.get(cp);
            if (substitute != null) {
                out.writeBytes(encodeOne(encoder, substitute));
                replaced.add(new EncodedText.Replacement(i, cp, substitute, EncodedText.Replacement.Kind.TABLE));
            } else {
                byte[] bytes = encodeOne(encoder, new String(Character.toChars(cp)));
                if (bytes == null) {
                    if (policy == Policy.REPORT) {
                        throw new UnmappableTextException(cp, i);
                    }
                    bytes = encodeOne(encoder, marker);
                    replaced.add(new EncodedText.Replacement(i, cp, marker, EncodedText.Replacement.Kind.MARKER));
                }
                out.writeBytes(bytes);
            }
            i += Character.charCount(cp);
        }
        return new EncodedText(out.toByteArray(), replaced);
    }

    /** Whether every character of {@code text} prints as itself (no table entry, no marker). */
    public static boolean isPrintable(String text) {
        EncodedText encoded;
        try {
            encoded = strict().encode(text);
        } catch (UnmappableTextException e) {
            return false;
        }
        return encoded.replacements().isEmpty();
    }

    /** The printer bytes of {@code s}, or {@code null} if any character of it is not printable ASCII / 2-byte GBK. */
    private static byte[] encodeOne(CharsetEncoder encoder, String s) {
        if (s.codePoints().anyMatch(GbkTextEncoder::isForbidden)) {
            return null;
        }
        ByteBuffer buf;
        try {
            encoder.reset();
            buf = encoder.encode(CharBuffer.wrap(s));
        } catch (CharacterCodingException e) {
            return null;
        }
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return isAsciiOrDoubleByte(bytes) ? bytes : null;
    }

    private static boolean isForbidden(int cp) {
        boolean control = cp < 0x20 || cp == 0x7F;
        boolean privateUse = cp >= 0xE000 && cp <= 0xF8FF;
        return control || privateUse || Character.isSupplementaryCodePoint(cp);
    }

    private static boolean isAsciiOrDoubleByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
            } else if (b >= 0x81 && b <= 0xFE && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0x40) {
                i += 2;
            } else {
                return false;
            }
        }
        return true;
    }
}
