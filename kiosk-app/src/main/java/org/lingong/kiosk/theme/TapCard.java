package org.lingong.kiosk.theme;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts of a large tappable list card (a job, a course, a fair): the card itself with its lines stacked,
 * single-line labels, and yes/no facts that say it by icon and word.
 */
public final class TapCard {

    private TapCard() {
    }

    /**
     * A full-width button whose only graphic is {@code lines} stacked in a box of {@code contentStyleClass}, kept 20 px
     * in from each side of the card; not focus-traversable (the kiosk takes only taps).
     */
    public static Button create(String id, String styleClass, String contentStyleClass, Runnable onTap, Node... lines) {
        VBox content = new VBox(lines);
        content.getStyleClass().add(contentStyleClass);
        Button card = new Button();
        card.setId(id);
        card.getStyleClass().add(styleClass);
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setGraphic(content);
        content.prefWidthProperty().bind(card.widthProperty().subtract(40));
        card.setOnAction(event -> onTap.run());
        return card;
    }

    /** One line of a card: its parts side by side. */
    public static HBox line(String styleClass, Node... parts) {
        HBox line = new HBox(parts);
        line.getStyleClass().add(styleClass);
        return line;
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
     * classes: {@code style}, {@code style-yes} or {@code style-no}, and {@code style-yes-icon} or {@code style-no-icon}.
     */
    public static Label yesNo(String text, boolean yes, String style) {
        Label label = label(text, style + (yes ? "-yes" : "-no"));
        label.getStyleClass().add(style);
        label.setGraphic(yes ? Icons.CHECK.create(28, style + "-yes-icon") : Icons.CROSS.create(24, style + "-no-icon"));
        return label;
    }
}
