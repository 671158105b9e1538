package org.lingong.kiosk.attract;

import java.util.List;
import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.kiosk.theme.VerticalText;

/**
 * The attract screen: the ID-card prompt, the big tiles, and the station's service item list with
 * the time the job list was last refreshed: the list beside the tiles in landscape, below them in portrait.
 */
public final class AttractView extends RowOrColumn {

    static final int MAX_ITEMS_SHOWN = 10;
    /** Three tiles on the first row, the others share the second row, each as wide as it allows. */
    private static final int FIRST_ROW_TILES = 3;
    private static final int GRID_COLUMNS = 6;
    /** The longest column of a tile's vertical Mongolian label, in px (the tile is 272 px high at 1080p). */
    private static final double TILE_COLUMN_LENGTH = 240;

    private final AttractViewModel viewModel;
    private final Messages messages;

    public AttractView(AttractViewModel viewModel, Messages messages) {
        super("screen", "attract");
        this.viewModel = viewModel;
        this.messages = messages;
        VBox main = new VBox(cardPrompt(), tiles());
        main.getStyleClass().add("attract-main");
        HBox.setHgrow(main, Priority.ALWAYS);
        VBox.setVgrow(main, Priority.ALWAYS);
        setParts(main, servicePanel());
    }

    private Node cardPrompt() {
        Label prompt = new Label();
        prompt.setId("card-prompt");
        prompt.getStyleClass().add("card-prompt-title");
        prompt.textProperty().bind(messages.bind("attract.cardPrompt"));
        Label hint = new Label();
        hint.getStyleClass().add("card-prompt-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(messages.bind("attract.cardPrompt.hint"));
        VBox words = new VBox(prompt, hint);
        words.getStyleClass().add("card-prompt-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        VBox icon = new VBox(Icons.ID_CARD.create(96, "card-icon"), Icons.ARROW_DOWN.create(40, "card-icon"));
        icon.getStyleClass().add("card-prompt-icon");
        HBox banner = new HBox(icon, words);
        banner.getStyleClass().add("card-prompt");
        return banner;
    }

    private Node tiles() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tiles");
        for (int i = 0; i < GRID_COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / GRID_COLUMNS);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        List<AttractTile> tiles = viewModel.tiles();
        for (int index = 0; index < tiles.size(); index++) {
            int row = index < FIRST_ROW_TILES ? 0 : 1;
            int inRow = row == 0 ? FIRST_ROW_TILES : tiles.size() - FIRST_ROW_TILES;
            int span = GRID_COLUMNS / inRow;
            int column = (row == 0 ? index : index - FIRST_ROW_TILES) * span;
            grid.add(tile(tiles.get(index)), column, row, span, 1);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        return grid;
    }

    private Node tile(AttractTile tile) {
        Button button = new Button();
        button.setId("tile-" + tile.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().addAll("tile", "tile-" + tile.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.textProperty().bind(messages.bind(tile.labelKey()));
        Node icon = tileIcon(tile);
        Runnable arrange = () -> {
            boolean mongolian = messages.language() == KioskLanguage.MN;
            // Mongolian reads top to bottom here: the tile is tall enough for its two or three words in one column
            button.setGraphic(mongolian
                    ? new HBox(icon, new VerticalText(button.textProperty(), TILE_COLUMN_LENGTH, 40, "tile-mongolian"))
                    : icon);
            button.setContentDisplay(mongolian ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.TOP);
        };
        arrange.run();
        messages.languageProperty().addListener((obs, old, now) -> arrange.run());
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setOnAction(event -> viewModel.open(tile));
        return button;
    }

    private static Node tileIcon(AttractTile tile) {
        Icons icon = switch (tile) {
            case FIND_JOB -> Icons.SEARCH;
            case REGISTER -> Icons.FORM;
            case SCAN -> Icons.SCAN;
            case TRAINING -> Icons.BOOK;
            case JOB_FAIR -> Icons.CALENDAR;
            case APPOINTMENT -> Icons.CLOCK;
            case POLICY -> Icons.POLICY;
        };
        return icon.create(88, "tile-icon");
    }

    private Node servicePanel() {
        Label title = new Label();
        title.getStyleClass().add("services-title");
        title.setWrapText(true);
        title.textProperty().bind(messages.bind("attract.services.title"));

        VBox items = new VBox();
        items.setId("service-items");
        items.getStyleClass().add("service-items");
        VBox.setVgrow(items, Priority.ALWAYS);
        Runnable fill = () -> fillItems(items);
        viewModel.serviceItems().addListener((ListChangeListener<ServiceItem>) change -> fill.run());
        viewModel.servicesStateProperty().addListener((obs, old, now) -> fill.run());
        messages.languageProperty().addListener((obs, old, now) -> fill.run());
        fill.run();

        Label freshness = new Label();
        freshness.setId("catalog-freshness");
        freshness.getStyleClass().add("catalog-freshness");
        freshness.setWrapText(true);
        freshness.setMaxWidth(Double.MAX_VALUE);
        freshness.textProperty().bind(viewModel.catalogFreshnessText());

        VBox panel = new VBox(title, items, freshness);
        panel.getStyleClass().add("services");
        panel.setMinWidth(Region.USE_PREF_SIZE);
        return panel;
    }

    private void fillItems(VBox box) {
        box.getChildren().clear();
        switch (viewModel.servicesStateProperty().get()) {
            case LOADING -> box.getChildren().add(itemLabel(messages.get("attract.services.loading")));
            case FAILED -> box.getChildren().add(itemLabel(messages.get("attract.services.unavailable")));
            case READY -> showItems(box);
        }
    }

    private void showItems(VBox box) {
        var items = viewModel.serviceItems();
        items.stream().limit(MAX_ITEMS_SHOWN)
                .forEach(item -> box.getChildren().add(bulleted(itemLabel(item.name(messages.language())))));
        if (items.size() > MAX_ITEMS_SHOWN) {
            box.getChildren().add(itemLabel(messages.get("attract.services.more", items.size() - MAX_ITEMS_SHOWN)));
        }
        if (items.isEmpty()) {
            box.getChildren().add(itemLabel(messages.get("attract.services.none")));
        }
    }

    private static Label bulleted(Label label) {
        Circle bullet = new Circle(5);
        bullet.getStyleClass().add("service-bullet");
        label.setGraphic(bullet);
        return label;
    }

    private static Label itemLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("service-item");
        label.setWrapText(true);
        return label;
    }
}
