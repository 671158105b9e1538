package org.lingong.kiosk.registration;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

import org.lingong.kiosk.i18n.Messages;

/** The big phone keypad: 1-9 in three rows, then 清空, 0, 删除. Every key at least 120×96 px. */
final class NumericKeypad extends GridPane {

    NumericKeypad(PhoneEntry phone, Messages messages) {
        getStyleClass().add("keypad");
        for (int digit = 1; digit <= 9; digit++) {
            add(digitKey(phone, digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button clear = key("keypad-clear", "keypad-word");
        clear.textProperty().bind(messages.bind("registration.keypad.clear"));
        clear.setOnAction(event -> phone.clear());
        Button delete = key("keypad-delete", "keypad-word");
        delete.textProperty().bind(messages.bind("registration.keypad.delete"));
        delete.setOnAction(event -> phone.delete());
        add(clear, 0, 3);
        add(digitKey(phone, 0), 1, 3);
        add(delete, 2, 3);
    }

    private static Button digitKey(PhoneEntry phone, int digit) {
        Button button = key("keypad-" + digit, "keypad-digit");
        button.setText(Integer.toString(digit));
        button.setOnAction(event -> phone.press(digit));
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
