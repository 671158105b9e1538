package org.lingong.kiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/**
 * Reads the kiosk stylesheet and checks every text colour against the background it is drawn on
 * (WCAG contrast >= 4.5:1), and that no font size is below 24 px. The background of a text rule is
 * its own, or that of the ancestor class named first in its descendant selector.
 */
class KioskStylesheetContrastTest {

    private static final String STYLESHEET = "/org/lingong/kiosk/theme/kiosk.css";
    private static final double MIN_CONTRAST = 4.5;

    @Test
    void everyTextColourHasAtLeast4point5ContrastOnItsBackground() throws IOException {
        Stylesheet css = Stylesheet.parse(read());
        List<String> pairs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        css.rules().forEach((selector, declarations) -> {
            String text = declarations.get("-fx-text-fill");
            if (text == null) {
                return;
            }
            String background = css.backgroundFor(selector);
            if (background == null) {
                failures.add(selector + ": text colour without a known background");
                return;
            }
            double ratio = Contrast.ratio(css.color(text), css.color(background));
            pairs.add(String.format("%s %s on %s = %.2f", selector, text, background, ratio));
            if (ratio < MIN_CONTRAST) {
                failures.add(String.format("%s: %s on %s has contrast %.2f < %.1f", selector, text, background, ratio, MIN_CONTRAST));
            }
        });

        assertThat(failures).as("contrast failures; all pairs:%n%s", String.join("\n", pairs)).isEmpty();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void noFontSizeBelow24px() throws IOException {
        Stylesheet css = Stylesheet.parse(read());
        css.rules().forEach((selector, declarations) -> {
            String size = declarations.get("-fx-font-size");
            if (size != null) {
                assertThat(Double.parseDouble(size.replace("px", ""))).as(selector + " font size").isGreaterThanOrEqualTo(24);
            }
        });
    }

    @Test
    void contrastFormulaMatchesKnownWcagValues() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(4.5);
    }

    @Test
    void parserFindsTheAncestorBackgroundAndRejectsATextRuleWithoutOne() {
        Stylesheet css = Stylesheet.parse("""
                .root { -kiosk-ink: #111111; }
                .panel { -fx-background-color: #ffffff; }
                .panel .title { -fx-text-fill: -kiosk-ink; }
                .floating { -fx-text-fill: #999999; }
                """);

        assertThat(css.backgroundFor(".panel .title")).isEqualTo("#ffffff");
        assertThat(css.color(css.rules().get(".panel .title").get("-fx-text-fill"))).isEqualTo(Color.web("#111111"));
        assertThat(css.backgroundFor(".floating")).isNull();
    }

    private static String read() throws IOException {
        try (InputStream in = KioskStylesheetContrastTest.class.getResourceAsStream(STYLESHEET)) {
            assertThat(in).as(STYLESHEET).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Just enough of a CSS reader for this check: selectors, declarations, .root colour lookups. */
    record Stylesheet(Map<String, Map<String, String>> rules, Map<String, String> lookups) {

        private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

        static Stylesheet parse(String text) {
            String css = text.replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            Matcher rule = RULE.matcher(css);
            while (rule.find()) {
                Map<String, String> declarations = declarations(rule.group(2));
                for (String selector : rule.group(1).split(",")) {
                    rules.computeIfAbsent(selector.strip().replaceAll("\\s+", " "), k -> new LinkedHashMap<>())
                            .putAll(declarations);
                }
            }
            Map<String, String> lookups = new LinkedHashMap<>();
            rules.getOrDefault(".root", Map.of()).forEach((name, value) -> {
                if (name.startsWith("-kiosk-")) {
                    lookups.put(name, value);
                }
            });
            return new Stylesheet(rules, lookups);
        }

        String backgroundFor(String selector) {
            String own = firstColour(rules.getOrDefault(selector, Map.of()).get("-fx-background-color"));
            if (own != null) {
                return own;
            }
            String[] parts = selector.split(" ");
            for (int i = parts.length - 2; i >= 0; i--) {
                String ancestor = firstColour(rules.getOrDefault(parts[i], Map.of()).get("-fx-background-color"));
                if (ancestor != null) {
                    return ancestor;
                }
            }
            return null;
        }

        Color color(String value) {
            String resolved = lookups.getOrDefault(value.strip(), value.strip());
            return Color.web(resolved);
        }

        private static String firstColour(String backgroundValue) {
            if (backgroundValue == null) {
                return null;
            }
            String first = backgroundValue.split(",(?![^(]*\\))")[0].strip();
            return first.equals("transparent") ? null : first;
        }

        private static Map<String, String> declarations(String block) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String declaration : block.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    map.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
            return map;
        }
    }
}
