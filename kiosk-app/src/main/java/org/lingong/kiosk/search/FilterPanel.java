package org.lingong.kiosk.search;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** The filters, one row each with its name on the left: 工种 tiles, the district button, pay tiles, date tiles. */
final class FilterPanel extends GridPane {

    private static final int TILE_COLUMNS = 4;
    private static final int CATEGORY_ROWS = 2;

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final GridPane categoryTiles = tileGrid();

    FilterPanel(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("search-filters");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints tiles = new ColumnConstraints();
        tiles.setHgrow(Priority.ALWAYS);
        tiles.setFillWidth(true);
        getColumnConstraints().addAll(names, tiles);
        addRow(0, rowName("search.filter.category"), categoryTiles);
        addRow(1, rowName("search.filter.district"), districtButton());
        addRow(2, rowName("search.filter.pay"), payTiles());
        addRow(3, rowName("search.filter.date"), dateTiles());
        viewModel.categories().addListener((javafx.collections.ListChangeListener<String>) change -> fillCategories());
        fillCategories();
    }

    /**
     * 不限 and the 工种 with most jobs in two rows; when there are more, the last tile is 更多工种 (a tap list), named
     * after the 工种 chosen from that list while one is.
     */
    private void fillCategories() {
        categoryTiles.getChildren().clear();
        categoryTiles.add(categoryTile("search-category-any", null), 0, 0);
        List<String> all = viewModel.categories();
        int slots = CATEGORY_ROWS * TILE_COLUMNS - 1;
        List<String> shown = all.size() <= slots ? all : all.subList(0, slots - 1);
        int index = 1;
        for (String category : shown) {
            categoryTiles.add(categoryTile("search-category-" + (index - 1), category), index % TILE_COLUMNS, index / TILE_COLUMNS);
            index++;
        }
        if (shown.size() < all.size()) {
            List<String> onTiles = List.copyOf(shown);
            ObservableBooleanValue chosenElsewhere = viewModel.categoryChosenElsewhere(onTiles);
            // a 工种 chosen from the list names itself on this tile: else only 更多工种 would look chosen
            ObservableStringValue moreText = Bindings.createStringBinding(() -> {
                String chosen = viewModel.categoryProperty().get();
                return chosen != null && !onTiles.contains(chosen) ? viewModel.categoryName(chosen)
                        : messages.get("search.category.more");
            }, viewModel.categoryProperty(), messages.languageProperty());
            categoryTiles.add(SearchTile.create("search-category-more", "search-category-more",
                    moreText, chosenElsewhere, viewModel::openCategories),
                    index % TILE_COLUMNS, index / TILE_COLUMNS);
        }
    }

    private Button categoryTile(String id, @Nullable String category) {
        ObservableBooleanValue chosen = viewModel.categoryShownChosen(category);
        return SearchTile.create(id, "search-category",
                category == null ? messages.bind("search.category.any") : Bindings.createStringBinding(
                        () -> viewModel.categoryName(category), messages.languageProperty()),
                chosen, () -> viewModel.chooseCategory(category));
    }

    private Node districtButton() {
        Button button = new Button();
        button.setId("search-district");
        button.getStyleClass().addAll("choice-tile", "search-tile", "search-district");
        button.setFocusTraversable(false);
        button.textProperty().bind(viewModel.texts().districtText());
        button.setGraphic(Icons.ARROW_DOWN.create(30, "search-district-icon"));
        button.setOnAction(event -> viewModel.openDistricts());
        return button;
    }

    private Node payTiles() {
        GridPane grid = tileGrid();
        for (PayFilter filter : PayFilter.values()) {
            grid.add(SearchTile.create("search-pay-" + filter.name().toLowerCase(java.util.Locale.ROOT), "search-pay",
                    messages.bind(filter.labelKey()), viewModel.payProperty().isEqualTo(filter),
                    () -> viewModel.choosePay(filter)), filter.ordinal(), 0);
        }
        return grid;
    }

    private Node dateTiles() {
        GridPane grid = tileGrid();
        for (DateFilter filter : DateFilter.values()) {
            grid.add(SearchTile.create("search-date-" + filter.name().toLowerCase(java.util.Locale.ROOT), "search-date",
                    messages.bind(filter.labelKey()), viewModel.dateProperty().isEqualTo(filter),
                    () -> viewModel.chooseDate(filter)), filter.ordinal(), 0);
        }
        return grid;
    }

    private Label rowName(String key) {
        Label name = new Label();
        name.getStyleClass().add("search-filter-name");
        name.textProperty().bind(messages.bind(key));
        return name;
    }

    private static GridPane tileGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("search-tile-grid");
        for (int column = 0; column < TILE_COLUMNS; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / TILE_COLUMNS);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }
}
