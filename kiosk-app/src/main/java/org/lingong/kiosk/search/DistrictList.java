package org.lingong.kiosk.search;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * The district tap list over the search screen: 本盟市全部 and each 旗县区 that has jobs, as big tiles; a tap
 * chooses and closes, 关闭 closes without a change.
 */
final class DistrictList extends StackPane {

    private static final int COLUMNS = 4;

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final GridPane tiles = new GridPane();

    DistrictList(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("search-district-list");
        getStyleClass().add("district-list-backdrop");
        tiles.getStyleClass().add("search-tile-grid");
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            tiles.getColumnConstraints().add(column);
        }
        Label title = new Label();
        title.getStyleClass().add("district-list-title");
        title.textProperty().bind(messages.bind("search.district.choose"));
        VBox panel = new VBox(title, tiles, closeRow());
        panel.getStyleClass().add("district-list");
        panel.setMaxSize(1400, USE_PREF_SIZE);
        StackPane.setAlignment(panel, Pos.CENTER);
        getChildren().add(panel);
        visibleProperty().bind(viewModel.districtListOpenProperty());
        viewModel.districts().addListener((ListChangeListener<District>) change -> fill());
        fill();
    }

    private void fill() {
        List<District> choices = new ArrayList<>();
        choices.add(viewModel.city());
        choices.addAll(viewModel.districts());
        tiles.getChildren().clear();
        for (int i = 0; i < choices.size(); i++) {
            District district = choices.get(i);
            Button tile = SearchTile.create("search-district-" + district.code(), "search-district-choice",
                    district.isWholeCity() ? messages.bind("search.district.wholeCity") : new ReadOnlyStringWrapper(district.name()),
                    viewModel.districtProperty().isEqualTo(district), () -> viewModel.chooseDistrict(district));
            tiles.add(tile, i % COLUMNS, i / COLUMNS);
        }
    }

    private Node closeRow() {
        Button close = new Button();
        close.setId("search-district-close");
        close.getStyleClass().addAll("big-button", "back-button");
        close.textProperty().bind(messages.bind("search.district.close"));
        close.setGraphic(Icons.CROSS.create(36, "back-button-icon"));
        close.setFocusTraversable(false);
        close.setOnAction(event -> viewModel.closeDistricts());
        HBox row = new HBox(close);
        row.getStyleClass().add("district-list-buttons");
        return row;
    }
}
