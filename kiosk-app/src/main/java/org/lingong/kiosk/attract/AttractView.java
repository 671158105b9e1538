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

    /**
     * Two rows: the first holds the larger half of the tiles (3 + 2 for five, 4 + 3 for seven), and each row's tiles
     * share its whole width, so the grid has as many columns as both rows' counts divide evenly.
     */
    private Node tiles() {
        List<AttractTile> tiles = viewModel.tiles();
        int firstRow = (tiles.size() + 1) / 2;
        int secondRow = tiles.size() - firstRow;
        int gridColumns = secondRow == 0 ? firstRow : leastCommonMultiple(firstRow, secondRow);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tiles");
        for (int i = 0; i < gridColumns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / gridColumns);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        for (int index = 0; index < tiles.size(); index++) {
            boolean first = index < firstRow;
            int span = gridColumns / (first ? firstRow : secondRow);
            int column = (first ? index : index - firstRow) * span;
            grid.add(tile(tiles.get(index)), column, first ? 0 : 1, span, 1);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        return grid;
    }

    private static int leastCommonMultiple(int a, int b) {
        int multiple = a;
        while (multiple % b != 0) {
            multiple += a;
        }
        return multiple;
    }

    private Node tile(AttractTile tile) {
        Button button = new Button();
        button.setId("tile-" + tile.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().addAll("tile", "tile-" + tile.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.textProperty().bind(messages.bind(tile.labelKey()));
        // a two-word English label ("Find work") on two lines in a narrow tile rather than cut short
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
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
