package org.lingong.kiosk.i18n;

/**
 * The joining rule for traditional Mongolian, applied to every text the kiosk shows ({@link Messages} and
 * {@link LocalizedName} pass their texts through it).
 *
 * <p>JavaFX 21 does not count U+1800–U+18AF as a complex script, so a Mongolian word would be drawn letter by letter in
 * isolated forms. A zero-width non-joiner (U+200C) right after a Mongolian run sends the whole text through the
 * platform shaper (HarfBuzz), which then draws the initial, medial and final forms; Noto Sans Mongolian 3.002 has an
 * empty glyph for it. A ZWNJ at the start of a text or after Latin text would draw a mark, so it goes only after
 * Mongolian runs. Text without Mongolian is returned unchanged; shaping twice changes nothing.
 */
public final class MongolianShaping {

    static final char ZWNJ = '\u200C';
    private static final char NNBSP = '\u202F';

    private MongolianShaping() {
    }

    public static String shape(String text) {
        if (!hasMongolian(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean runChar = isMongolian(c) || (inRun && (c == NNBSP || c == '\u200D'));
            if (inRun && !runChar && c != ZWNJ) {
                out.append(ZWNJ);
            }
            out.append(c);
            inRun = runChar;
        }
        if (inRun) {
            out.append(ZWNJ);
        }
        return out.toString();
    }

    public static boolean hasMongolian(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMongolian(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters, punctuation, free variation selectors and the vowel separator (U+1800–U+18AF). */
    static boolean isMongolian(char c) {
        return c >= '\u1800' && c <= '\u18AF';
    }
}
