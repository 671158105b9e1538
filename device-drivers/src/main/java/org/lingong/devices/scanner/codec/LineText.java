package org.lingong.devices.scanner.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/** Strict decoding of one scanned line: UTF-8, then GBK, then undecodable; control characters removed. */
final class LineText {

    private LineText() {
    }

    static ScanResult decode(byte[] raw) {
        for (TextEncoding encoding : TextEncoding.values()) {
            String text = strictDecode(raw, encoding);
            if (text != null) {
                String clean = stripControls(text);
                return clean.isEmpty()
                        ? new ScanResult.Undecodable(raw, "only control characters")
                        : new ScannedCode(clean, raw, encoding);
            }
        }
        return new ScanResult.Undecodable(raw, "neither valid UTF-8 nor valid GBK");
    }

    /** The text, or {@code null} if {@code raw} is not valid in {@code encoding}. */
    static String strictDecode(byte[] raw, TextEncoding encoding) {
        try {
            CharBuffer chars = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Removes ISO control characters (C0, DEL, C1) and the byte-order mark. */
    static String stripControls(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
