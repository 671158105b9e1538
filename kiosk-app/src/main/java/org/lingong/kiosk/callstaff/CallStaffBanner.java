package org.lingong.kiosk.callstaff;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * The line above the status bar after a call: "已通知工作人员，请稍候" and, once staff acknowledge, "工作人员马上就到",
 * each for {@code shownFor} (the top bar's 已呼叫 / 马上到 keeps saying it): standing on, it covered the words of the
 * screen's bottom buttons (返回首页, 上一步, 下一步) for as long as the visit lasted. It never takes a tap: the screen
 * below stays usable.
 */
final class CallStaffBanner extends StackPane {

    CallStaffBanner(CallStaffViewModel viewModel, Messages messages, Duration shownFor) {
        setId("call-staff-banner");
        setPickOnBounds(false);
        setMouseTransparent(true);
        setAlignment(Pos.BOTTOM_CENTER);
        Label line = new Label();
        line.setId("call-staff-status");
        line.getStyleClass().add("call-staff-status");
        line.setGraphic(Icons.BELL.create(34, "call-staff-status-icon"));
        line.setWrapText(true);
        line.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(viewModel.stateProperty().get() == CallState.COMING ? "callStaff.coming"
                        : "callStaff.called"), viewModel.stateProperty(), messages.languageProperty()));
        line.setMaxWidth(900);
        getChildren().add(line);
        PauseTransition showing = new PauseTransition(shownFor);
        showing.setOnFinished(event -> setVisible(false));
        setVisible(false);
        viewModel.stateProperty().addListener((obs, old, now) -> {
            showing.stop();
            setVisible(now != CallState.IDLE);
            if (now != CallState.IDLE) {
                showing.playFromStart();
            }
        });
    }
}
