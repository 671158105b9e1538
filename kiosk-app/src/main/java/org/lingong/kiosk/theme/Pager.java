package org.lingong.kiosk.theme;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * 上一页 · 第 1 页，共 3 页 · 下一页: the one pager of the kiosk (search results, the 工种 and district lists,
 * registration's work types, 培训 and 招聘会), so that paging looks and works the same everywhere. Pages instead of
 * scrolling: the kiosk takes taps only. A button that cannot page further is disabled (and looks it). Style classes
 * {@code pager}, {@code pager-button}, {@code pager-page}. Use on the JavaFX thread.
 */
public final class Pager extends HBox {

    private final Button previous;
    private final Button next;
    private final Label page = new Label();

    /**
     * @param ids the ids of 上一页, of the page line and of 下一页 (tests and the staff's logs name them)
     * @param texts the words of 上一页, of the page line and of 下一页, in the current language
     */
    public Pager(Ids ids, Texts texts, Runnable onPrevious, Runnable onNext) {
        getStyleClass().add("pager");
        previous = button(ids.previous(), texts.previous(), onPrevious);
        next = button(ids.next(), texts.next(), onNext);
        page.setId(ids.page());
        page.getStyleClass().add("pager-page");
        page.textProperty().bind(texts.page());
        page.setWrapText(true);
        page.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(page, Priority.ALWAYS);
        getChildren().addAll(previous, page, next);
    }

    /** Disables 上一页 while {@code atFirst} and 下一页 while {@code atLast}. */
    public Pager limits(ObservableBooleanValue atFirst, ObservableBooleanValue atLast) {
        previous.disableProperty().bind(BooleanExpression.booleanExpression(atFirst));
        next.disableProperty().bind(BooleanExpression.booleanExpression(atLast));
        return this;
    }

    /** Shown (and taking room) only while there is more than one page. */
    public Pager onlyWhen(ObservableBooleanValue paged) {
        visibleProperty().bind(BooleanExpression.booleanExpression(paged));
        managedProperty().bind(visibleProperty());
        return this;
    }

    /** Shown only while there is more than one page, but always taking its room (nothing below it moves). */
    public Pager visibleWhen(ObservableBooleanValue paged) {
        visibleProperty().bind(BooleanExpression.booleanExpression(paged));
        return this;
    }

    public Button previousButton() {
        return previous;
    }

    public Button nextButton() {
        return next;
    }

    private static Button button(String id, ObservableValue<String> text, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("pager-button");
        button.textProperty().bind(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The ids of the three parts. */
    public record Ids(String previous, String page, String next) {

        /** {@code prefix-previous}, {@code prefix-page} and {@code prefix-next}. */
        public static Ids of(String prefix) {
            return new Ids(prefix + "-previous", prefix + "-page", prefix + "-next");
        }
    }

    /** The words of the three parts. */
    public record Texts(ObservableValue<String> previous, ObservableValue<String> page, ObservableValue<String> next) {
    }
}
