package org.lingong.kiosk.search;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;

import org.lingong.kiosk.theme.ChoiceMark;

/**
 * A filter tile (工种, pay, date, sort, district): one answer per filter, so a round button. Chosen is shown three
 * ways, never by colour alone: a dot in the button, a thick border and bold words (the shared
 * {@code .choice-tile:chosen} style).
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
        tile.setWrapText(true); // a long 工种 on two lines rather than cut short
        tile.setGraphic(ChoiceMark.radio(30, chosen));
        tile.pseudoClassStateChanged(CHOSEN, chosen.get());
        chosen.addListener((obs, old, now) -> tile.pseudoClassStateChanged(CHOSEN, now));
        tile.setOnAction(event -> onTap.run());
        return tile;
    }
}
