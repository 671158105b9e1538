package org.lingong.kiosk.theme;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts of a large tappable list card (a job, a course, a fair), one look for all of them (style classes
 * {@code tap-card}, {@code tap-card-content}, {@code tap-card-line}, {@code tap-card-title}, {@code tap-card-details},
 * {@code tap-card-highlight}, {@code tap-card-fact}, {@code yes-no}): the card itself with its lines stacked,
 * single-line labels, and yes/no facts that say it by icon and word.
 */
public final class TapCard {

    private TapCard() {
    }

    /**
     * A full-width button of style classes {@code tap-card} and {@code kind} whose only graphic is {@code lines}
     * stacked, kept 20 px in from each side of the card; not focus-traversable (the kiosk takes only taps).
     */
    public static Button create(String id, String kind, Runnable onTap, Node... lines) {
        VBox content = new VBox(lines);
        content.getStyleClass().add("tap-card-content");
        Button card = new Button();
        card.setId(id);
        card.getStyleClass().addAll("tap-card", kind);
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setGraphic(content);
        content.prefWidthProperty().bind(card.widthProperty().subtract(40));
        card.setOnAction(event -> onTap.run());
        return card;
    }

    /** The narrowest a wrapping title gets: a few characters a line. */
    private static final double TITLE_MIN_WIDTH = 240;

    /** One line of a card: its parts side by side. */
    public static HBox line(Node... parts) {
        HBox line = new HBox(parts);
        line.getStyleClass().add("tap-card-line");
        return line;
    }

    /** The first line: the title, and 看详情 at the right end. The title keeps one line (a job card's height is fixed). */
    public static HBox titleLine(String title, String details) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return line(label(title, "tap-card-title"), gap, label(details, "tap-card-details"));
    }

    /**
     * The first line with a title that wraps onto a second line when it is longer than the card (courses, fairs and
     * 直播带岗 sessions, whose long titles on one line made their screen wider than a portrait window).
     */
    public static HBox wrappingTitleLine(String title, String details) {
        Label name = new Label(title);
        name.getStyleClass().add("tap-card-title");
        name.setWrapText(true);
        name.setMinWidth(TITLE_MIN_WIDTH);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        return line(name, label(details, "tap-card-details"));
    }

    /** The fact that matters most (pay, when), in a strong colour. */
    public static Label highlight(String text) {
        return label(text, "tap-card-highlight");
    }

    /** A plain fact (district, dates, place). */
    public static Label fact(String text) {
        return label(text, "tap-card-fact");
    }

    /** A label that keeps its whole text on one line (never narrower than its text). */
    public static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A yes/no fact (包吃 / 不包吃, 政府补贴 / 自费) with a tick or a cross: the icon and the word both say it. Style
     * classes: {@code yes-no}, {@code yes-no-yes} or {@code yes-no-no}, and {@code yes-no-yes-icon} or
     * {@code yes-no-no-icon}.
     */
    public static Label yesNo(String text, boolean yes) {
        Label label = label(text, yes ? "yes-no-yes" : "yes-no-no");
        label.getStyleClass().add("yes-no");
        label.setGraphic(yes ? Icons.CHECK.create(28, "yes-no-yes-icon") : Icons.CROSS.create(24, "yes-no-no-icon"));
        return label;
    }
}
