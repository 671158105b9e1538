package org.lingong.kiosk.search;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

import org.lingong.kiosk.theme.Icons;

/**
 * A filter tile (工种, pay, date, sort, district). Chosen is shown three ways, never by colour alone: a ticked
 * box, a thick border and bold words (the shared {@code .choice-tile:chosen} style).
 */
final class SearchTile {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private SearchTile() {
    }

    static Button create(String id, String styleClass, ObservableStringValue label, ObservableBooleanValue chosen,
            Runnable onTap) {
        Button tile = new Button();
        tile.setId(id);
        tile.getStyleClass().addAll("choice-tile", "search-tile", styleClass);
        tile.setFocusTraversable(false);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.textProperty().bind(label);
        tile.setGraphic(tickBox(chosen));
        tile.pseudoClassStateChanged(CHOSEN, chosen.get());
        chosen.addListener((obs, old, now) -> tile.pseudoClassStateChanged(CHOSEN, now));
        tile.setOnAction(event -> onTap.run());
        return tile;
    }

    private static Node tickBox(ObservableBooleanValue chosen) {
        Rectangle box = new Rectangle(30, 30);
        box.getStyleClass().add("tick-box");
        Node tick = Icons.CHECK.create(30, "tick");
        tick.visibleProperty().bind(chosen);
        StackPane pane = new StackPane(box, tick);
        pane.getStyleClass().add("tick-pane");
        return pane;
    }
}
