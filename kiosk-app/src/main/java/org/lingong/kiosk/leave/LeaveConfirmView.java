package org.lingong.kiosk.leave;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** The calm question over the screen after 返回首页 while someone is identified: "结束本次服务？" with 结束 / 继续. */
public final class LeaveConfirmView extends StackPane {

    public LeaveConfirmView(LeaveViewModel viewModel, Messages messages) {
        setId("leave-overlay");
        getStyleClass().add("idle-overlay");
        visibleProperty().bind(viewModel.confirmingProperty());

        Label question = new Label();
        question.setId("leave-question");
        question.getStyleClass().add("idle-question");
        question.textProperty().bind(messages.bind("leave.question"));

        Label consequence = new Label();
        consequence.setId("leave-consequence");
        consequence.getStyleClass().add("idle-countdown");
        consequence.setWrapText(true);
        consequence.textProperty().bind(messages.bind("leave.consequence"));

        Button end = new Button();
        end.setId("leave-end");
        end.getStyleClass().addAll("big-button", "back-button");
        end.setGraphic(Icons.CROSS.create(40, "back-button-icon"));
        end.textProperty().bind(messages.bind("leave.end"));
        end.setOnAction(event -> viewModel.endConfirmed());

        Button keepGoing = new Button();
        keepGoing.setId("leave-continue");
        keepGoing.getStyleClass().addAll("big-button", "continue-button");
        keepGoing.textProperty().bind(messages.bind("leave.continue"));
        keepGoing.setOnAction(event -> viewModel.keepGoing());

        HBox answers = new HBox(32, end, keepGoing);
        answers.setAlignment(Pos.CENTER);
        VBox card = new VBox(question, consequence, answers);
        card.getStyleClass().add("idle-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
