package org.lingong.kiosk.leave;

import javafx.scene.control.Button;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** 退出 in the top bar, shown on every screen while someone is identified: ends the session at once. */
public final class ExitButton extends Button {

    public ExitButton(LeaveViewModel viewModel, Messages messages) {
        setId("session-exit");
        getStyleClass().add("session-exit");
        setGraphic(Icons.CROSS.create(32, "session-exit-icon"));
        textProperty().bind(messages.bind("leave.exit"));
        setFocusTraversable(false);
        visibleProperty().bind(viewModel.someoneIdentifiedProperty());
        managedProperty().bind(visibleProperty());
        setOnAction(event -> viewModel.exit());
    }
}
