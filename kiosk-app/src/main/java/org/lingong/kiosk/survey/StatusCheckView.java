package org.lingong.kiosk.survey;

import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.platform.api.events.EmploymentStatusCheck.Situation;

/** The one card of the employment-status check: the question, four big answers, 跳过; then a short thanks. */
final class StatusCheckView extends StackPane {

    StatusCheckView(StatusCheckViewModel viewModel, Messages messages) {
        setId("status-check-overlay");
        getStyleClass().add("idle-overlay");
        Label question = label("status-check-question", "idle-question", "statusCheck.question", messages);
        Label hint = label("status-check-hint", "idle-countdown", "statusCheck.hint", messages);
        TilePane answers = new TilePane(24, 24);
        answers.setPrefColumns(2);
        answers.setAlignment(Pos.CENTER);
        for (Situation situation : Situation.values()) {
            Button answer = new Button();
            answer.setId("status-check-" + situation.name().toLowerCase(Locale.ROOT));
            answer.getStyleClass().addAll("big-button", "status-check-answer");
            answer.textProperty().bind(messages.bind(situationKey(situation)));
            answer.setOnAction(event -> viewModel.answer(situation));
            answers.getChildren().add(answer);
        }
        Button skip = new Button();
        skip.setId("status-check-skip");
        skip.getStyleClass().addAll("big-button", "back-button");
        skip.textProperty().bind(messages.bind("statusCheck.skip"));
        skip.setOnAction(event -> viewModel.skip());
        VBox asking = new VBox(24, question, hint, answers, skip);
        asking.setAlignment(Pos.CENTER);
        Label thanks = label("status-check-thanks", "idle-question", "statusCheck.thanks", messages);
        VBox card = new VBox(asking, thanks);
        card.getStyleClass().addAll("idle-card", "status-check-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);

        PauseTransition thanksShown = new PauseTransition(Duration.seconds(2));
        thanksShown.setOnFinished(event -> viewModel.close());
        viewModel.stageProperty().addListener((obs, old, now) -> {
            setVisible(now != StatusCheckStage.HIDDEN);
            asking.setVisible(now == StatusCheckStage.ASKING);
            asking.setManaged(now == StatusCheckStage.ASKING);
            thanks.setVisible(now == StatusCheckStage.THANKS);
            thanks.setManaged(now == StatusCheckStage.THANKS);
            if (now == StatusCheckStage.THANKS) {
                thanksShown.playFromStart();
            }
        });
        setVisible(false);
        thanks.setManaged(false);
        thanks.setVisible(false);
    }

    /** The i18n key of an answer's words, e.g. 灵活就业. */
    static String situationKey(Situation situation) {
        return "statusCheck.situation." + situation.name();
    }

    private static Label label(String id, String styleClass, String key, Messages messages) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(860);
        label.textProperty().bind(messages.bind(key));
        return label;
    }
}
