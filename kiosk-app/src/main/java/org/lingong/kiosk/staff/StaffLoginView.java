package org.lingong.kiosk.staff;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.NumericKeypad;

/** The staff PIN keypad: the PIN as dots, a calm message, the big keypad, 确定 and 返回. */
public final class StaffLoginView extends HBox {

    public StaffLoginView(StaffLoginViewModel viewModel, Messages messages) {
        getStyleClass().addAll("screen", "staff-login");
        setAlignment(Pos.CENTER);

        Label title = AdminTexts.label("staff-login-title", "staff-title");
        title.textProperty().bind(messages.bind("staff.pin.title"));
        Label dots = AdminTexts.label("staff-pin-dots", "staff-pin-dots");
        dots.textProperty().bind(viewModel.dots());
        Label message = AdminTexts.label("staff-pin-message", "staff-message");
        message.textProperty().bind(AdminTexts.keyed(messages, viewModel.message(), viewModel.messageArgument()));
        Button back = AdminTexts.button("staff-pin-back", messages, "staff.back", "big-button", "back-button");
        back.setOnAction(event -> viewModel.cancel());
        VBox left = new VBox(title, dots, message, back);
        left.getStyleClass().add("staff-login-left");

        NumericKeypad keypad = new NumericKeypad(viewModel::press, viewModel::clear, viewModel::delete, messages);
        Button enter = AdminTexts.button("staff-pin-enter", messages, "staff.pin.enter", "big-button", "staff-primary");
        enter.setOnAction(event -> viewModel.submit());
        enter.disableProperty().bind(viewModel.checking());
        enter.setMaxWidth(Double.MAX_VALUE);
        VBox right = new VBox(keypad, enter);
        right.getStyleClass().add("staff-login-right");

        getChildren().addAll(left, right);
    }
}
