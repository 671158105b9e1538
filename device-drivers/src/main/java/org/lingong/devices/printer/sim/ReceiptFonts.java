package org.lingong.devices.printer.sim;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks a font with CJK glyphs for receipt images: WenQuanYi Micro Hei (Debian
 * {@code fonts-wqy-microhei}), then Noto Sans CJK SC and friends, then logical {@code SansSerif}
 * (Chinese may then show as boxes; the image is still produced).
 */
final class ReceiptFonts {

    private static final Logger log = LoggerFactory.getLogger(ReceiptFonts.class);
    private static final List<String> CANDIDATES = List.of(
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Droid Sans Fallback", "AR PL UMing CN");
    private static final String FAMILY = chooseFamily();

    private ReceiptFonts() {
    }

    /** The chosen family name. */
    static String family() {
        return FAMILY;
    }

    /**
     * A font for {@code codePoint} whose glyphs fill a 24-dot cell: the chosen CJK family, or logical
     * {@code SansSerif} for characters it lacks (Droid Sans Fallback has no Latin digits).
     */
    static Font font(int codePoint, boolean bold) {
        Font primary = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 22);
        return primary.canDisplay(codePoint) ? primary : new Font(Font.SANS_SERIF, primary.getStyle(), 22);
    }

    private static String chooseFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String candidate : CANDIDATES) {
            if (installed.contains(candidate) && new Font(candidate, Font.PLAIN, 12).canDisplay('驿')) {
                log.debug("receipt images use font {}", candidate);
                return candidate;
            }
        }
        log.info("no CJK font found (install fonts-wqy-microhei); receipt images use SansSerif");
        return Font.SANS_SERIF;
    }
}
