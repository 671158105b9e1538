package org.lingong.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

import org.lingong.kiosk.theme.Contrast;

/**
 * The elderly-friendly (适老化) rules checked on a live scene graph: every visible button at least
 * 80×80 px, every visible text at least 24 px, every label's text colour at least 4.5:1 against
 * the nearest opaque background behind it. Call on the JavaFX thread.
 */
final class AccessibilityChecks {

    static final double MIN_BUTTON = 80;
    static final double MIN_FONT = 24;
    static final double MIN_CONTRAST = 4.5;

    private AccessibilityChecks() {
    }

    /** Human-readable violations; empty when the visible screen passes. Also counts what it checked. */
    static Report check(Node root) {
        Report report = new Report();
        visitVisible(root, node -> {
            if (node instanceof ButtonBase button) {
                report.buttons++;
                if (button.getWidth() < MIN_BUTTON || button.getHeight() < MIN_BUTTON) {
                    report.violations.add(describe(button) + " is " + button.getWidth() + "x" + button.getHeight());
                }
            }
            if (node instanceof Text text && !text.getText().isBlank()) {
                report.texts++;
                if (text.getFont().getSize() < MIN_FONT) {
                    report.violations.add("text '" + text.getText() + "' is " + text.getFont().getSize() + "px");
                }
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                checkContrast(labeled, report);
            }
        });
        return report;
    }

    private static void checkContrast(Labeled labeled, Report report) {
        if (!(labeled.getTextFill() instanceof Color text)) {
            report.violations.add(describe(labeled) + " has a non-colour text fill");
            return;
        }
        Color background = backgroundBehind(labeled);
        if (background == null) {
            report.violations.add(describe(labeled) + " has no opaque background behind it");
            return;
        }
        report.contrastPairs++;
        double ratio = Contrast.ratio(text, background);
        if (ratio < MIN_CONTRAST) {
            report.violations.add(String.format("%s: %s on %s = %.2f", describe(labeled), text, background, ratio));
        }
    }

    private static Color backgroundBehind(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color color && color.getOpacity() == 1.0) {
                        return color;
                    }
                }
            }
        }
        return null;
    }

    private static void visitVisible(Node node, Consumer<Node> visitor) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visitVisible(child, visitor);
            }
        }
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " '" + labeled.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }

    static final class Report {
        final List<String> violations = new ArrayList<>();
        int buttons;
        int texts;
        int contrastPairs;
    }
}
