package org.lingong.kiosk.search;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableBooleanProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.BooleanConverter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/**
 * The on-screen pinyin-initial keyboard: what was typed (or how to use it) above A-J, K-T, U-Z, 删除, 清空.
 * Every key at least 84×84 px; each tap searches at once. The job search and the 政策 screen use it alike.
 *
 * <p>Foldable (the stylesheet sets {@code -lingong-foldable: true}, as in 大字模式, where the keys and the filters do not
 * both fit the screen): the keys stay folded until the worker taps the letter bar, and while they are open the filters
 * give way to them ({@link #showsFilters()}); another tap folds them again.
 */
public final class LetterKeyboard extends VBox {

    private static final int COLUMNS = 10;
    private static final int FOLDABLE_COLUMNS = 7;
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");
    private static final CssMetaData<LetterKeyboard, Boolean> FOLDABLE = new CssMetaData<>("-lingong-foldable",
            BooleanConverter.getInstance(), false) {
        @Override
        public boolean isSettable(LetterKeyboard keyboard) {
            return !keyboard.foldable.isBound();
        }

        @Override
        public StyleableProperty<Boolean> getStyleableProperty(LetterKeyboard keyboard) {
            return keyboard.foldable;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = withFoldable();

    private final StyleableBooleanProperty foldable = new StyleableBooleanProperty(false) {
        @Override
        public Object getBean() {
            return LetterKeyboard.this;
        }

        @Override
        public String getName() {
            return "foldable";
        }

        @Override
        public CssMetaData<LetterKeyboard, Boolean> getCssMetaData() {
            return FOLDABLE;
        }
    };
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanBinding keysShown = foldable.not().or(open);

    LetterKeyboard(SearchViewModel viewModel, Messages messages) {
        this(viewModel, viewModel.texts().lettersText(), messages);
    }

    /** A keyboard for any letter search: {@code typedText} is the line above the keys (the letters, or a hint). */
    public LetterKeyboard(LetterInput viewModel, ObservableStringValue typedText, Messages messages) {
        getStyleClass().add("letter-keyboard");
        Label typed = new Label();
        typed.setId("search-letters");
        typed.getStyleClass().add("search-letters");
        typed.setMaxWidth(Double.MAX_VALUE);
        typed.textProperty().bind(typedText);
        typed.setOnMouseClicked(event -> open.set(foldable.get() && !open.get()));
        GridPane keys = new GridPane();
        keys.getStyleClass().add("letter-keys");
        keys.visibleProperty().bind(keysShown);
        keys.managedProperty().bind(keysShown);
        List<Button> letters = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            letters.add(letterKey(viewModel, letter));
        }
        Button delete = wordKey("search-key-delete", messages, "search.keyboard.delete", viewModel::deleteLetter);
        Button clear = wordKey("search-key-clear", messages, "search.keyboard.clear", viewModel::clearLetters);
        arrange(keys, letters, delete, clear, false);
        foldable.addListener((obs, was, now) -> {
            open.set(false);
            arrange(keys, letters, delete, clear, now);
        });
        keysShown.addListener((obs, was, shown) -> pseudoClassStateChanged(FOLDED, !shown));
        getChildren().addAll(typed, keys);
    }

    /**
     * Ten columns (A-J, K-T, U-Z with 删除 and 清空 two keys wide); seven when foldable, where keys are larger and the
     * open keyboard must leave room for the results (A-G, H-N, O-U, V-Z 删除 清空).
     */
    private static void arrange(GridPane keys, List<Button> letters, Button delete, Button clear, boolean foldable) {
        if (keys.getChildren().isEmpty()) {
            keys.getChildren().addAll(letters);
            keys.getChildren().addAll(delete, clear);
        }
        int columns = foldable ? FOLDABLE_COLUMNS : COLUMNS;
        for (int index = 0; index < letters.size(); index++) {
            GridPane.setConstraints(letters.get(index), index % columns, index / columns);
        }
        if (foldable) {
            GridPane.setConstraints(delete, 5, 3, 1, 1);
            GridPane.setConstraints(clear, 6, 3, 1, 1);
        } else {
            GridPane.setConstraints(delete, 6, 2, 2, 1);
            GridPane.setConstraints(clear, 8, 2, 2, 1);
        }
    }

    /** False while a foldable keyboard is open: its keys then take the filters' place. */
    BooleanBinding showsFilters() {
        return foldable.not().or(open.not());
    }

    private static List<CssMetaData<? extends Styleable, ?>> withFoldable() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(VBox.getClassCssMetaData());
        all.add(FOLDABLE);
        return List.copyOf(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    private static Button letterKey(LetterInput viewModel, char letter) {
        Button key = key("search-key-" + Character.toLowerCase(letter), "letter-key");
        key.setText(String.valueOf(letter));
        key.setOnAction(event -> viewModel.pressLetter(letter));
        return key;
    }

    private static Button wordKey(String id, Messages messages, String textKey, Runnable action) {
        Button key = key(id, "letter-word-key");
        key.textProperty().bind(messages.bind(textKey));
        key.setMaxWidth(Double.MAX_VALUE);
        key.setOnAction(event -> action.run());
        return key;
    }

    private static Button key(String id, String styleClass) {
        Button key = new Button();
        key.setId(id);
        key.getStyleClass().addAll("keypad-key", styleClass);
        key.setFocusTraversable(false);
        return key;
    }
}
