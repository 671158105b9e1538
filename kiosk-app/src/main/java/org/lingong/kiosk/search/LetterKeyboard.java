package org.lingong.kiosk.search;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;

/**
 * The on-screen pinyin-initial keyboard: what was typed (or how to use it) above A-J, K-T, U-Z, 删除, 清空.
 * Every key at least 84×84 px; each tap searches at once. The job search and the 政策 screen use it alike.
 */
public final class LetterKeyboard extends VBox {

    private static final int COLUMNS = 10;

    LetterKeyboard(SearchViewModel viewModel, Messages messages) {
        this(viewModel, viewModel.texts().lettersText(), messages);
    }

    /** A keyboard for any letter search: {@code typed} is the line above the keys (the letters, or a hint). */
    public LetterKeyboard(LetterInput viewModel, ObservableStringValue typedText, Messages messages) {
        getStyleClass().add("letter-keyboard");
        Label typed = new Label();
        typed.setId("search-letters");
        typed.getStyleClass().add("search-letters");
        typed.setMaxWidth(Double.MAX_VALUE);
        typed.textProperty().bind(typedText);
        GridPane keys = new GridPane();
        keys.getStyleClass().add("letter-keys");
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            int index = letter - 'A';
            keys.add(letterKey(viewModel, letter), index % COLUMNS, index / COLUMNS);
        }
        Button delete = wordKey("search-key-delete", messages, "search.keyboard.delete", viewModel::deleteLetter);
        Button clear = wordKey("search-key-clear", messages, "search.keyboard.clear", viewModel::clearLetters);
        keys.add(delete, 6, 2, 2, 1);
        keys.add(clear, 8, 2, 2, 1);
        getChildren().addAll(typed, keys);
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
