package org.lingong.kiosk.search;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/**
 * The job search screen: filters and the letter keyboard on the left, results on the right; the district
 * list and the job detail open over it.
 */
public final class SearchView extends StackPane {

    public SearchView(SearchViewModel viewModel, Messages messages) {
        getStyleClass().addAll("screen", "search");
        VBox left = new VBox(new FilterPanel(viewModel, messages), new LetterKeyboard(viewModel, messages));
        left.getStyleClass().add("search-left");
        ResultsPanel results = new ResultsPanel(viewModel, messages);
        HBox.setHgrow(results, Priority.ALWAYS);
        HBox main = new HBox(left, results);
        main.getStyleClass().add("search-main");
        main.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get().isEmpty(), viewModel.selectedProperty()));
        getChildren().addAll(main, new DistrictList(viewModel, messages), new JobDetailView(viewModel, messages));
    }
}
