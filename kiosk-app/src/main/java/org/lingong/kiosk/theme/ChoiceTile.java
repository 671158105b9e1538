package org.lingong.kiosk.theme;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.theme.ChoiceMark;

/**
 * A big tappable answer tile: a square box for one of several answers ({@link #create}), a round button for the one
 * answer ({@link #single}). Chosen is shown three ways, never by colour alone: the tick or dot, a thick border and the
 * word in bold ({@code :chosen} pseudo-class in kiosk.css).
 */
public final class ChoiceTile {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final double MARK_SIZE = 36;

    private ChoiceTile() {
    }

    /** A tile of a question with several answers. */
    public static Button create(String id, ObservableStringValue label, @Nullable ObservableStringValue explanation,
            ObservableBooleanValue chosen, Runnable onTap) {
        return build(id, label, explanation, chosen, onTap, false);
    }

    /** A tile of a question with one answer. */
    public static Button single(String id, ObservableStringValue label, @Nullable ObservableStringValue explanation,
            ObservableBooleanValue chosen, Runnable onTap) {
        return build(id, label, explanation, chosen, onTap, true);
    }

    private static Button build(String id, ObservableStringValue label, @Nullable ObservableStringValue explanation,
            ObservableBooleanValue chosen, Runnable onTap, boolean single) {
        Button tile = new Button();
        tile.setId(id);
        tile.getStyleClass().add("choice-tile");
        tile.setFocusTraversable(false);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setGraphic(mark(chosen, single));
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
            tile.setGraphic(new javafx.scene.layout.HBox(mark(chosen, single), text));
            ((javafx.scene.layout.HBox) tile.getGraphic()).getStyleClass().add("choice-row");
        }
        tile.pseudoClassStateChanged(CHOSEN, chosen.get());
        chosen.addListener((obs, old, now) -> tile.pseudoClassStateChanged(CHOSEN, now));
        tile.setOnAction(event -> onTap.run());
        return tile;
    }

    private static Node mark(ObservableBooleanValue chosen, boolean single) {
        return single ? ChoiceMark.radio(MARK_SIZE, chosen) : ChoiceMark.tickBox(MARK_SIZE, chosen);
    }
}
