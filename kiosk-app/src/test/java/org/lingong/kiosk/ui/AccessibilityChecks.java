package org.lingong.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
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
 * the nearest opaque background behind it; and the screen fits its window: no label or button
 * shows its text cut short ("…"), none lies (even partly) outside the window, none of the
 * current screen's lies outside the area between the top bar and the status bar, and no button is
 * wider than the panel it sits in. Call on the JavaFX thread.
 */
final class AccessibilityChecks {

    static final double MIN_BUTTON = 80;
    static final double MIN_FONT = 24;
    static final double MIN_CONTRAST = 4.5;
    /** Sub-pixel rounding of snapped layouts. */
    private static final double SLACK = 1;

    private AccessibilityChecks() {
    }

    /** Human-readable violations; empty when the visible screen passes. Also counts what it checked. */
    static Report check(Node root) {
        // what is shown now: a text changed in this pulse is in the label's skin only after the next layout
        root.applyCss();
        if (root instanceof Parent parent) {
            parent.layout();
        }
        Report report = new Report();
        Bounds window = new BoundingBox(0, 0, root.getScene().getWidth(), root.getScene().getHeight());
        Node shell = root.lookup(".shell");
        if (shell instanceof Parent shellParent && !shellParent.getChildrenUnmodifiable().isEmpty()) {
            // the frame (top bar, screen, status bar): wider or taller than the window when a screen needs more room
            Node frameNode = shellParent.getChildrenUnmodifiable().get(0);
            Bounds frame = frameNode.localToScene(frameNode.getLayoutBounds());
            if (frame.getWidth() > window.getWidth() + SLACK || frame.getHeight() > window.getHeight() + SLACK) {
                report.violations.add(String.format("the screen needs %.0fx%.0f, the window is %.0fx%.0f",
                        frame.getWidth(), frame.getHeight(), window.getWidth(), window.getHeight()));
            }
        }
        if (root.lookup(".design-canvas") instanceof org.lingong.kiosk.shell.DesignCanvas canvas
                && canvas.overflow() > 1.001) {
            // the canvas fits a frame that needs more room by scaling it down further: everything smaller than designed
            report.violations.add(String.format("the screen needs %.0f %% of its laid-out size, the window is %.0fx%.0f",
                    canvas.overflow() * 100, window.getWidth(), window.getHeight()));
        }
        if (root.lookup(".screen-area") instanceof org.lingong.kiosk.shell.ScreenArea area && area.overflow() > 1.001) {
            // the same for a screen between the bars, scaled down in its room
            report.violations.add(String.format("the screen needs %.0f %% of the room between the bars, the window is "
                    + "%.0fx%.0f", area.overflow() * 100, window.getWidth(), window.getHeight()));
        }
        Node screenHost = root.lookup(".screen-host");
        Bounds screenArea = screenHost == null ? window : within(window,
                screenHost.localToScene(screenHost.getLayoutBounds()));
        visitVisible(root, node -> {
            if (node instanceof ButtonBase button) {
                report.buttons++;
                if (button.getWidth() < MIN_BUTTON || button.getHeight() < MIN_BUTTON) {
                    report.violations.add(describe(button) + " is " + button.getWidth() + "x" + button.getHeight());
                }
                checkInsideParent(button, report);
            }
            if (node instanceof Text text && !text.getText().isBlank()) {
                report.texts++;
                if (text.getFont().getSize() < MIN_FONT) {
                    report.violations.add("text '" + text.getText() + "' is " + text.getFont().getSize() + "px");
                }
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                checkContrast(labeled, report);
                checkFits(labeled, insideOf(labeled, screenHost) ? screenArea : window, report);
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

    private static void checkFits(Labeled labeled, Bounds area, Report report) {
        report.placements++;
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        if (bounds.getMinX() < area.getMinX() - SLACK || bounds.getMinY() < area.getMinY() - SLACK
                || bounds.getMaxX() > area.getMaxX() + SLACK || bounds.getMaxY() > area.getMaxY() + SLACK) {
            report.violations.add(String.format("%s at %.0f,%.0f-%.0f,%.0f lies outside %.0f,%.0f-%.0f,%.0f",
                    describe(labeled), bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY(),
                    area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY()));
        }
        String shown = shownText(labeled);
        if (shown != null && !shown.replace("\n", "").equals(labeled.getText().replace("\n", ""))) {
            report.violations.add(describe(labeled) + " is cut short to '" + shown + "'");
        }
    }

    /** A button wider than the panel it sits in is drawn over the panel beside it. */
    private static void checkInsideParent(ButtonBase button, Report report) {
        if (button.getParent() instanceof Region parent) {
            // the layout box, not the bounds in the parent: those include a drop shadow
            double minX = button.getLayoutX() + button.getLayoutBounds().getMinX();
            double maxX = minX + button.getWidth();
            if (minX < -SLACK || maxX > parent.getWidth() + SLACK) {
                report.violations.add(String.format("%s sticks out of its %s (%.0f-%.0f of %.0f)", describe(button),
                        parent.getClass().getSimpleName(), minX, maxX, parent.getWidth()));
            }
        }
    }

    /** The text a label or button really shows (with its ellipsis when cut short), or null before it is laid out. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    /** The part of {@code area} inside {@code window} (a screen wider than its window is cut by the window). */
    private static Bounds within(Bounds window, Bounds area) {
        double minX = Math.max(window.getMinX(), area.getMinX());
        double minY = Math.max(window.getMinY(), area.getMinY());
        return new BoundingBox(minX, minY, Math.min(window.getMaxX(), area.getMaxX()) - minX,
                Math.min(window.getMaxY(), area.getMaxY()) - minY);
    }

    private static boolean insideOf(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
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
        int placements;
    }
}
