package org.lingong.kiosk.registration;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.theme.Icons;

/**
 * A big tappable answer tile. Chosen is shown three ways, never by colour alone: a ticked box, a
 * thick border and the word in bold ({@code :chosen} pseudo-class in kiosk.css).
 */
final class ChoiceTile {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private ChoiceTile() {
    }

    static Button create(String id, ObservableStringValue label, @Nullable ObservableStringValue explanation,
            ObservableBooleanValue chosen, Runnable onTap) {
        Button tile = new Button();
        tile.setId(id);
        tile.getStyleClass().add("choice-tile");
        tile.setFocusTraversable(false);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setGraphic(tickBox(chosen));
        if (explanation == null) {
            tile.textProperty().bind(label);
        } else {
            Label title = new Label();
            title.getStyleClass().add("choice-title");
            title.textProperty().bind(label);
            Label words = new Label();
            words.getStyleClass().add("choice-explanation");
            words.setWrapText(true);
            words.textProperty().bind(explanation);
            VBox text = new VBox(title, words);
            text.getStyleClass().add("choice-text");
            tile.setGraphic(new javafx.scene.layout.HBox(tickBox(chosen), text));
            ((javafx.scene.layout.HBox) tile.getGraphic()).getStyleClass().add("choice-row");
        }
        tile.pseudoClassStateChanged(CHOSEN, chosen.get());
        chosen.addListener((obs, old, now) -> tile.pseudoClassStateChanged(CHOSEN, now));
        tile.setOnAction(event -> onTap.run());
        return tile;
    }

    private static Node tickBox(ObservableBooleanValue chosen) {
        Rectangle box = new Rectangle(36, 36);
        box.getStyleClass().add("tick-box");
        Node tick = Icons.CHECK.create(36, "tick");
        tick.visibleProperty().bind(chosen);
        StackPane pane = new StackPane(box, tick);
        pane.getStyleClass().add("tick-pane");
        return pane;
    }
}
