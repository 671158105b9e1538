package org.lingong.kiosk.theme;

import java.util.function.IntConsumer;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.registration.PhoneEntry;

/**
 * The big numeric keypad: 1-9 in three rows, then 清空, 0, 删除. Every key at least 120×96 px. Used for the phone
 * number and the staff PIN.
 */
public final class NumericKeypad extends GridPane {

    /** A keypad whose keys call {@code press} with the digit, {@code clear} and {@code delete}. */
    public NumericKeypad(IntConsumer press, Runnable clearAll, Runnable deleteLast, Messages messages) {
        getStyleClass().add("keypad");
        for (int digit = 1; digit <= 9; digit++) {
            add(digitKey(press, digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button clear = key("keypad-clear", "keypad-word");
        clear.textProperty().bind(messages.bind("registration.keypad.clear"));
        clear.setOnAction(event -> clearAll.run());
        Button delete = key("keypad-delete", "keypad-word");
        delete.textProperty().bind(messages.bind("registration.keypad.delete"));
        delete.setOnAction(event -> deleteLast.run());
        add(clear, 0, 3);
        add(digitKey(press, 0), 1, 3);
        add(delete, 2, 3);
    }

    private static Button digitKey(IntConsumer press, int digit) {
        Button button = key("keypad-" + digit, "keypad-digit");
        button.setText(Integer.toString(digit));
        button.setOnAction(event -> press.accept(digit));
        return button;
    }

    private static Button key(String id, String styleClass) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("keypad-key", styleClass);
        button.setFocusTraversable(false);
        return button;
    }
}
