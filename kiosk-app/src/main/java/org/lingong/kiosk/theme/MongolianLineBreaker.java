package org.lingong.kiosk.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.lingong.kiosk.i18n.MongolianShaping;

/**
 * Breaks wrapped Mongolian text into lines between words, in code, for every wrapping {@link Text} of a scene (the
 * text node inside each wrapping {@code Label} or {@code Button} included).
 *
 * <p>Why: shaped Mongolian is one complex run (see {@link MongolianShaping}). To wrap it, JavaFX 21 splits that run at
 * the break and reshapes the first part, but on Linux its Pango shaper ({@code PangoGlyphLayout}) caches each run's
 * text by the run object, so the shortened run is reshaped from the cached whole run: the first line draws the
 * entire rest of the sentence past the right edge, and the following lines repeat it. A run that never has to be split
 * is shaped correctly, so this class puts a line feed wherever the line is full: JavaFX then ends each run at a line
 * feed and has nothing left to split. Lines are filled greedily, word by word, measured with the node's own font.
 * A single word wider than the box is left for JavaFX to break.
 *
 * <p>The node's text as its owner set it is kept (in the node's properties) and broken again when the text, the font
 * or the wrapping width changes; with no wrapping width, or no Mongolian, the text is left exactly as it was set.
 */
public final class MongolianLineBreaker {

    private static final String SOURCE = MongolianLineBreaker.class.getName() + ".source";
    private static final String BROKEN = MongolianLineBreaker.class.getName() + ".broken";
    private static final Text PROBE = new Text();

    private MongolianLineBreaker() {
    }

    /** After every layout pass, picks up the scene's wrapping text nodes it has not seen yet. */
    public static void install(Scene scene) {
        scene.addPostLayoutPulseListener(() -> attachAll(scene.getRoot()));
    }

    /** Follows every text node under {@code node} (and keeps its lines broken from now on). */
    static void attachAll(Node node) {
        if (node instanceof Text text) {
            attach(text);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                attachAll(child);
            }
        }
    }

    private static void attach(Text text) {
        Map<Object, Object> properties = text.getProperties();
        if (properties.containsKey(SOURCE) || text.textProperty().isBound()) {
            return;
        }
        properties.put(SOURCE, text.getText());
        InvalidationListener rebreak = obs -> rebreak(text);
        text.textProperty().addListener(rebreak);
        text.wrappingWidthProperty().addListener(rebreak);
        text.fontProperty().addListener(rebreak);
        rebreak(text);
    }

    private static void rebreak(Text text) {
        Map<Object, Object> properties = text.getProperties();
        String current = text.getText() == null ? "" : text.getText();
        String source = current.equals(properties.get(BROKEN)) ? (String) properties.get(SOURCE) : current;
        properties.put(SOURCE, source);
        String broken = text.getWrappingWidth() > 0 && MongolianShaping.hasMongolian(source)
                ? lines(source, text.getFont(), text.getWrappingWidth())
                : source;
        properties.put(BROKEN, broken);
        if (!broken.equals(current)) {
            text.setText(broken);
        }
    }

    /** {@code text} with a line feed wherever the next word would make the line wider than {@code width}. */
    static String lines(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, font) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
