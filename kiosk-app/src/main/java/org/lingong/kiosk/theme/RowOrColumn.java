package org.lingong.kiosk.theme;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Its parts side by side in a landscape window and stacked in a portrait one (taller than wide), following the
 * window when it is resized. The parts sit in an {@link HBox} or a {@link VBox} that carries the given style classes
 * (so {@code -fx-spacing} and {@code -fx-padding} apply to both) and the class {@code row} or {@code column}. A part
 * keeps its own {@code HBox.hgrow} and {@code VBox.vgrow}: set both where it should fill. Use on the JavaFX thread.
 */
public class RowOrColumn extends StackPane {

    private final HBox row = new HBox();
    private final VBox column = new VBox();
    private List<Node> parts = List.of();

    public RowOrColumn(String... styleClasses) {
        row.getStyleClass().addAll(styleClasses);
        row.getStyleClass().add("row");
        column.getStyleClass().addAll(styleClasses);
        column.getStyleClass().add("column");
        WindowShape.follow(this, this::arrange);
        arrange();
    }

    /** Sets the parts, in reading order (left to right, or top to bottom). */
    public final void setParts(Node... parts) {
        this.parts = List.of(parts);
        row.getChildren().clear();
        column.getChildren().clear();
        getChildren().clear();
        arrange();
    }

    /** Whether the parts are stacked now. */
    public final boolean stacked() {
        return getChildren().contains(column);
    }

    private void arrange() {
        boolean portrait = WindowShape.portrait(this);
        Pane wanted = portrait ? column : row;
        if (getChildren().size() == 1 && getChildren().get(0) == wanted) {
            return;
        }
        (portrait ? row : column).getChildren().clear();
        wanted.getChildren().setAll(parts);
        getChildren().setAll(wanted);
    }
}
