package org.lingong.kiosk.callstaff;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** 呼叫工作人员 in the top bar of every screen: one compact button whose words follow the call (已呼叫, 马上就到). */
final class CallStaffButton extends Button {

    CallStaffButton(CallStaffViewModel viewModel, Messages messages) {
        setId("call-staff");
        getStyleClass().add("call-staff");
        setGraphic(Icons.BELL.create(30, "call-staff-icon"));
        setFocusTraversable(false);
        setMinWidth(Region.USE_PREF_SIZE);
        textProperty().bind(Bindings.createStringBinding(() -> messages.get(switch (viewModel.stateProperty().get()) {
            case IDLE -> "callStaff.button";
            case CALLED -> "callStaff.button.called";
            case COMING -> "callStaff.button.coming";
        }), viewModel.stateProperty(), messages.languageProperty()));
        viewModel.stateProperty().addListener((obs, old, now) -> {
            getStyleClass().removeAll("call-staff-called", "call-staff-coming");
            if (now != CallState.IDLE) {
                getStyleClass().add(now == CallState.CALLED ? "call-staff-called" : "call-staff-coming");
            }
        });
        setOnAction(event -> viewModel.call());
    }
}
