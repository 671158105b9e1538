package org.lingong.kiosk.theme;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * Tiles in rows of equal columns: {@code landscapeColumns} a row in a landscape window, {@code portraitColumns} in a
 * portrait one (taller than wide), re-flowed when the window changes shape. Use on the JavaFX thread.
 */
public final class TileGrid extends GridPane {

    private final int landscapeColumns;
    private final int portraitColumns;
    private List<Node> tiles = List.of();
    private List<Node> across = List.of();
    private int columns;

    public TileGrid(String styleClass, int landscapeColumns, int portraitColumns) {
        this.landscapeColumns = landscapeColumns;
        this.portraitColumns = portraitColumns;
        getStyleClass().add(styleClass);
        WindowShape.follow(this, this::flow);
    }

    /** Shows these tiles, in reading order. */
    public void setTiles(List<? extends Node> tiles) {
        this.tiles = List.copyOf(tiles);
        this.across = List.of();
        columns = 0;
        flow();
    }

    /** Shows these nodes instead of tiles, one a row across all columns (a message, a retry button). */
    public void showAcross(Node... nodes) {
        this.across = List.of(nodes);
        this.tiles = List.of();
        columns = 0;
        flow();
    }

    private void flow() {
        int wanted = WindowShape.portrait(this) ? portraitColumns : landscapeColumns;
        if (wanted == columns && getChildren().size() == tiles.size() + across.size()) {
            return;
        }
        columns = wanted;
        getChildren().clear();
        getColumnConstraints().clear();
        for (int i = 0; i < wanted; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / wanted);
            column.setFillWidth(true);
            getColumnConstraints().add(column);
        }
        for (int row = 0; row < across.size(); row++) {
            add(across.get(row), 0, row, wanted, 1);
        }
        for (int i = 0; i < tiles.size(); i++) {
            add(tiles.get(i), i % wanted, i / wanted);
        }
    }
}
