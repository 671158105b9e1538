package org.lingong.kiosk.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.Pager;

/**
 * A tap list over the search screen (districts, all 工种): a title, the choices as big tiles ({@value #PER_PAGE} a
 * page, with 上一页 / 下一页 when there are more), 关闭. A tap on a tile chooses (the view model closes the list); 关闭
 * closes without a change. Each opening starts on the first page.
 *
 * @param <T> the kind of choice
 */
final class ChoiceListOverlay<T> extends StackPane {

    private static final int COLUMNS = 4;
    static final int PER_PAGE = 20;

    /** What the list shows and does. */
    record Choices<T>(String id, String titleKey, Supplier<List<T>> items, Function<T, String> tileId,
                      Function<T, ObservableStringValue> label, Function<T, ObservableBooleanValue> chosen,
                      java.util.function.Consumer<T> choose, Runnable close) {
    }

    private final Choices<T> choices;
    private final GridPane tiles = new GridPane();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pages = new SimpleIntegerProperty(1);

    ChoiceListOverlay(Choices<T> choices, ObservableBooleanValue open, Messages messages, Observable... changes) {
        this.choices = choices;
        setId(choices.id());
        getStyleClass().add("district-list-backdrop");
        // covers the search screen whatever its size, but never makes the screen ask for more room than it has
        setMinSize(0, 0);
        setPrefSize(0, 0);
        tiles.getStyleClass().add("search-tile-grid");
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            tiles.getColumnConstraints().add(column);
        }
        Label title = new Label();
        title.getStyleClass().add("district-list-title");
        title.textProperty().bind(messages.bind(choices.titleKey()));
        VBox panel = new VBox(title, tiles, closeRow(messages));
        panel.getStyleClass().add("district-list");
        panel.setMaxSize(1400, USE_PREF_SIZE);
        StackPane.setAlignment(panel, Pos.CENTER);
        getChildren().add(panel);
        visibleProperty().bind(open);
        for (Observable change : changes) {
            change.addListener(observable -> fill());
        }
        open.addListener(observable -> {
            page.set(0);
            fill();
        });
        page.addListener(observable -> fill());
        fill();
    }

    private void fill() {
        List<T> all = choices.items().get();
        int pages = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
        int shown = Math.min(page.get(), pages - 1);
        List<T> items = all.subList(shown * PER_PAGE, Math.min(all.size(), (shown + 1) * PER_PAGE));
        this.pages.set(pages);
        tiles.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            tiles.add(SearchTile.create(choices.tileId().apply(item), "search-list-choice", choices.label().apply(item),
                    choices.chosen().apply(item), () -> choices.choose().accept(item)), i % COLUMNS, i / COLUMNS);
        }
    }

    private Node closeRow(Messages messages) {
        Button close = new Button();
        close.setId(choices.id() + "-close");
        close.getStyleClass().addAll("pager-button", "district-list-close");
        close.textProperty().bind(messages.bind("search.list.close"));
        close.setGraphic(Icons.CROSS.create(32, "pager-icon"));
        close.setFocusTraversable(false);
        close.setOnAction(event -> choices.close().run());
        Pager pager = new Pager(Pager.Ids.of(choices.id()), new Pager.Texts(messages.bind("search.page.previous"),
                messages.bind("search.page", page.add(1), pages), messages.bind("search.page.next")),
                () -> page.set(page.get() - 1), () -> page.set(page.get() + 1))
                .limits(page.isEqualTo(0), page.add(1).greaterThanOrEqualTo(pages))
                .onlyWhen(pages.greaterThan(1));
        HBox.setHgrow(pager, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        gap.managedProperty().bind(pager.visibleProperty().not());
        HBox row = new HBox(pager, gap, close);
        row.getStyleClass().add("district-list-buttons");
        return row;
    }
}
