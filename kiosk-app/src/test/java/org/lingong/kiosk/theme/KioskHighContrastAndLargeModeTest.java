package org.lingong.kiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/**
 * Computed from the stylesheet: in high contrast ({@code .root.high-contrast} redefines the palette; a rule
 * {@code .high-contrast <selector>} overrides a colour literal) every text colour has at least 7:1 against its
 * background; in large mode ({@code .large <selector>}) no text is below 32 px and no touch target below 100 px, but
 * for the top bar's controls, which keep their size (so that a second tap on 大字 finds it where the first one did).
 * The design canvas lays every window out at 1920×1080 or 1080×1920 design pixels or more (1366×768: 1600×900, drawn
 * at 0.854), so the same rules hold at all three kiosk sizes in design pixels.
 */
class KioskHighContrastAndLargeModeTest {

    private static final String STYLESHEET = "/org/lingong/kiosk/theme/kiosk.css";
    private static final double MIN_CONTRAST = 7.0;
    /** The top bar's controls and rows keep one geometry in both modes (as in scripts/large-mode-css.py). */
    private static final Pattern TOP_BAR_CONTROLS =
            Pattern.compile("\\.top-bar \\.(session-exit|call-staff)|\\.language-button|\\.top-bar-row");

    @Test
    void everyTextColourHasAtLeast7to1InHighContrast() throws IOException {
        String text = read();
        KioskStylesheetContrastTest.Stylesheet base = KioskStylesheetContrastTest.Stylesheet.parse(baseRules(text));
        KioskStylesheetContrastTest.Stylesheet all = KioskStylesheetContrastTest.Stylesheet.parse(text);
        Map<String, String> palette = new LinkedHashMap<>(base.lookups());
        palette.putAll(all.rules().getOrDefault(".root.high-contrast", Map.of()));
        assertThat(palette).as("the high-contrast palette redefines every named colour").containsKeys(
                base.lookups().keySet().toArray(String[]::new));

        List<String> failures = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        base.rules().forEach((selector, declarations) -> {
            String textColour = override(all, selector, "-fx-text-fill", declarations.get("-fx-text-fill"));
            if (textColour == null) {
                return;
            }
            String background = backgroundFor(all, base, selector);
            if (background == null) {
                failures.add(selector + ": text colour without a known background");
                return;
            }
            double ratio = Contrast.ratio(colour(palette, textColour), colour(palette, background));
            pairs.add(String.format("%s %s on %s = %.2f", selector, textColour, background, ratio));
            if (ratio < MIN_CONTRAST) {
                failures.add(String.format("%s: %s on %s = %.2f", selector, textColour, background, ratio));
            }
        });

        assertThat(failures).as("high-contrast failures (add a '.high-contrast <selector>' rule); pairs:%n%s",
                String.join("\n", pairs)).isEmpty();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void largeModeHasNoTextBelow32pxAndNoTargetBelow100px() throws IOException {
        String text = read();
        KioskStylesheetContrastTest.Stylesheet base = KioskStylesheetContrastTest.Stylesheet.parse(baseRules(text));
        KioskStylesheetContrastTest.Stylesheet all = KioskStylesheetContrastTest.Stylesheet.parse(text);
        List<String> failures = new ArrayList<>();
        base.rules().forEach((selector, declarations) -> {
            if (TOP_BAR_CONTROLS.matcher(selector).find()) {
                return;
            }
            Map<String, String> large = all.rules().getOrDefault(large(selector), Map.of());
            if (!selector.contains(".status-bar")) { // the device status bar is for staff, not body text
                check(failures, selector, "-fx-font-size", declarations, large, 32, 0);
            }
            if (!selector.endsWith("status-bar")) { // a bar, not a touch target
                check(failures, selector, "-fx-min-height", declarations, large, 100, 60);
            }
        });
        assertThat(failures).as("run scripts/large-mode-css.py and paste its rules into kiosk.css").isEmpty();
    }

    private static void check(List<String> failures, String selector, String property, Map<String, String> base,
            Map<String, String> large, double min, double appliesFrom) {
        Double own = px(base.get(property));
        if (own == null || own < appliesFrom || own >= min) {
            return;
        }
        Double enlarged = px(large.get(property));
        if (enlarged == null || enlarged < min) {
            failures.add(selector + " " + property + " " + own + "px has no large-mode rule of " + min + "px");
        }
    }

    static String large(String selector) {
        return selector.startsWith(".root") ? ".root.large" + selector.substring(5) : ".large " + selector;
    }

    private static String override(KioskStylesheetContrastTest.Stylesheet all, String selector, String property,
            String value) {
        String own = all.rules().getOrDefault(".high-contrast " + selector, Map.of()).get(property);
        return own != null ? own : value;
    }

    private static String backgroundFor(KioskStylesheetContrastTest.Stylesheet all,
            KioskStylesheetContrastTest.Stylesheet base, String selector) {
        String own = all.rules().getOrDefault(".high-contrast " + selector, Map.of()).get("-fx-background-color");
        return own != null ? own.split(",")[0].strip() : base.backgroundFor(selector);
    }

    private static Color colour(Map<String, String> palette, String value) {
        String resolved = palette.getOrDefault(value.strip(), value.strip());
        return Color.web(resolved);
    }

    private static Double px(String value) {
        return value == null || !value.strip().endsWith("px") ? null : Double.parseDouble(value.strip().replace("px", ""));
    }

    /** The rules before the inclusion block: the ones the modes have to cover. */
    private static String baseRules(String text) {
        int block = text.indexOf("/* == inclusion == */");
        return block < 0 ? text : text.substring(0, block);
    }

    private static String read() throws IOException {
        try (InputStream in = KioskHighContrastAndLargeModeTest.class.getResourceAsStream(STYLESHEET)) {
            assertThat(in).as(STYLESHEET).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
