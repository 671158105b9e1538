package org.lingong.platform.client.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of Chinese text for on-screen-keyboard search: 建筑小工 → {@code jzxg}, 保洁 → {@code bj}.
 * Polyphonic characters (长 chang/zhang, 行 xing/hang, 重 zhong/chong …) give every distinct initial
 * for the first {@value #POLYPHONIC_PREFIX} Chinese characters, so a worker finds the text whichever
 * reading they think of; later characters use their first (most common) reading, which bounds the
 * variants at {@value #MAX_VARIANTS}. ASCII letters and digits are kept (lower case); other characters
 * are skipped. Thread-safe.
 */
public final class PinyinInitials {

    static final int POLYPHONIC_PREFIX = 6;
    static final int MAX_VARIANTS = 16;

    private PinyinInitials() {
    }

    /** Every initials string of {@code text} (at least one, possibly empty). */
    public static Set<String> of(String text) {
        List<StringBuilder> variants = new ArrayList<>(List.of(new StringBuilder()));
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                variants.forEach(v -> v.append(Character.toLowerCase(c)));
                continue;
            }
            Set<Character> initials = initialsOf(c);
            if (initials.isEmpty()) {
                continue;
            }
            boolean allReadings = chinese++ < POLYPHONIC_PREFIX && variants.size() * initials.size() <= MAX_VARIANTS;
            variants = extend(variants, allReadings ? initials : Set.of(initials.iterator().next()));
        }
        Set<String> result = new LinkedHashSet<>();
        variants.forEach(v -> result.add(v.toString()));
        return result;
    }

    /** The distinct initials of a character's readings, most common first; empty for a non-Chinese character. */
    static Set<Character> initialsOf(char c) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        Set<Character> initials = new LinkedHashSet<>();
        if (readings != null) {
            for (String reading : readings) {
                if (!reading.isEmpty()) {
                    initials.add(reading.toLowerCase(Locale.ROOT).charAt(0));
                }
            }
        }
        return initials;
    }

    private static List<StringBuilder> extend(List<StringBuilder> variants, Set<Character> initials) {
        List<StringBuilder> extended = new ArrayList<>(variants.size() * initials.size());
        for (StringBuilder variant : variants) {
            for (char initial : initials) {
                extended.add(new StringBuilder(variant).append(initial));
            }
        }
        return extended;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
