package org.lingong.kiosk.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;

/**
 * The "还在吗？" overlay: covers the screen while the idle warning counts down. Any touch dismisses
 * it (the shell forwards every press to {@link IdleSession#touch()}); "继续" says so explicitly.
 */
public final class IdleOverlayView extends StackPane {

    public IdleOverlayView(IdleSession idle, Messages messages) {
        setId("idle-overlay");
        getStyleClass().add("idle-overlay");
        visibleProperty().bind(idle.warningProperty());

        Label question = new Label();
        question.setId("idle-question");
        question.getStyleClass().add("idle-question");
        question.textProperty().bind(messages.bind("idle.question"));

        Label countdown = new Label();
        countdown.setId("idle-countdown");
        countdown.getStyleClass().add("idle-countdown");
        countdown.setWrapText(true);
        countdown.textProperty().bind(messages.bind("idle.countdown", idle.secondsLeftProperty()));

        Button keepGoing = new Button();
        keepGoing.setId("idle-continue");
        keepGoing.getStyleClass().addAll("big-button", "continue-button");
        keepGoing.textProperty().bind(messages.bind("idle.continue"));
        keepGoing.setOnAction(event -> idle.touch());

        VBox card = new VBox(question, countdown, keepGoing);
        card.getStyleClass().add("idle-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
