package org.lingong.kiosk.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.RowOrColumn;

/**
 * The job search screen: filters and the letter keyboard on the left (on top in portrait), results on the right
 * (below); the district
 * and 工种 tap lists and the job detail open over it.
 */
public final class SearchView extends StackPane {

    /** @param clock the station's clock (job dates show a year only where it is not this year) */
    public SearchView(SearchViewModel viewModel, Messages messages, Clock clock) {
        getStyleClass().addAll("screen", "search");
        LetterKeyboard keyboard = new LetterKeyboard(viewModel, messages);
        FilterPanel filters = new FilterPanel(viewModel, messages);
        filters.visibleProperty().bind(keyboard.showsFilters());
        filters.managedProperty().bind(keyboard.showsFilters());
        VBox left = new VBox(filters, keyboard);
        left.getStyleClass().add("search-left");
        JobTexts jobTexts = new JobTexts(messages, clock);
        ResultsPanel results = new ResultsPanel(viewModel, messages, jobTexts);
        HBox.setHgrow(results, Priority.ALWAYS);
        VBox.setVgrow(results, Priority.ALWAYS);
        Main main = new Main(left, results);
        main.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get().isEmpty(), viewModel.selectedProperty()));
        getChildren().addAll(main, districtList(viewModel, messages), categoryList(viewModel, messages),
                new JobDetailView(viewModel, messages, jobTexts));
    }

    /** Filters and keyboard beside the results in landscape, above them in portrait. */
    private static final class Main extends RowOrColumn {
        Main(Node left, Node results) {
            super("search-main");
            setParts(left, results);
        }
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
                category -> Bindings.createStringBinding(() -> viewModel.categoryName(category),
                        messages.languageProperty()),
                category -> viewModel.categoryProperty().isEqualTo(category),
                viewModel::chooseCategory, viewModel::closeList);
        return new ChoiceListOverlay<>(choices, viewModel.openListProperty().isEqualTo(OpenList.CATEGORIES), messages,
                viewModel.categories());
    }
}
