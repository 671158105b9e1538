package org.lingong.kiosk.search;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/**
 * The job search screen: filters and the letter keyboard on the left, results on the right; the district
 * and 工种 tap lists and the job detail open over it.
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
        getChildren().addAll(main, districtList(viewModel, messages), categoryList(viewModel, messages),
                new JobDetailView(viewModel, messages));
    }

    private static Node districtList(SearchViewModel viewModel, Messages messages) {
        var choices = new ChoiceListOverlay.Choices<District>("search-district-list", "search.district.choose",
                () -> {
                    List<District> all = new ArrayList<>();
                    all.add(viewModel.city());
                    all.addAll(viewModel.districts());
                    return all;
                },
                district -> "search-district-" + district.code(),
                district -> district.isWholeCity() ? messages.bind("search.district.wholeCity")
                        : new ReadOnlyStringWrapper(district.name()),
                district -> viewModel.districtProperty().isEqualTo(district),
                viewModel::chooseDistrict, viewModel::closeList);
        return new ChoiceListOverlay<>(choices, viewModel.openListProperty().isEqualTo(OpenList.DISTRICTS), messages,
                viewModel.districts());
    }

    private static Node categoryList(SearchViewModel viewModel, Messages messages) {
        var choices = new ChoiceListOverlay.Choices<String>("search-category-list", "search.category.choose",
                () -> List.copyOf(viewModel.categories()),
                category -> "search-category-item-" + viewModel.categories().indexOf(category),
                ReadOnlyStringWrapper::new,
                category -> viewModel.categoryProperty().isEqualTo(category),
                viewModel::chooseCategory, viewModel::closeList);
        return new ChoiceListOverlay<>(choices, viewModel.openListProperty().isEqualTo(OpenList.CATEGORIES), messages,
                viewModel.categories());
    }
}
