package org.lingong.kiosk.rating;

import java.time.Duration;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * The 好差评 card over the attract screen after a session: five drawn faces with their words, then (for the two
 * lowest) reason chips and 提交, then 感谢您的评价. It goes away by itself: the faces after {@code askFor}, the thanks
 * after a few seconds.
 */
final class RatingView extends StackPane {

    private static final javafx.util.Duration THANKS_SHOWN = javafx.util.Duration.seconds(3);

    private final RatingViewModel viewModel;
    private final Messages messages;
    private final PauseTransition timeout = new PauseTransition();
    private final javafx.util.Duration askFor;
    private final VBox faces = new VBox();
    private final VBox reasons = new VBox();
    private final VBox thanks = new VBox();

    RatingView(RatingViewModel viewModel, Messages messages, Duration askFor) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.askFor = javafx.util.Duration.millis(askFor.toMillis());
        setId("rating-overlay");
        getStyleClass().add("idle-overlay");
        buildFaces();
        buildReasons();
        buildThanks();
        VBox card = new VBox(faces, reasons, thanks);
        card.getStyleClass().addAll("idle-card", "rating-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        timeout.setOnFinished(event -> viewModel.dismiss());
        viewModel.stageProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.stageProperty().get());
    }

    private void buildFaces() {
        Label question = label("rating-question", "idle-question", "rating.question");
        HBox row = new HBox(24);
        row.setAlignment(Pos.CENTER);
        for (RatingLevel level : RatingLevel.values()) {
            Label words = new Label();
            words.textProperty().bind(messages.bind(level.labelKey()));
            words.getStyleClass().add("rating-face-words");
            VBox inside = new VBox(10, Face.of(level, 120), words);
            inside.setAlignment(Pos.CENTER);
            Button face = new Button(null, inside);
            face.setId("rating-" + level.name().toLowerCase(Locale.ROOT));
            face.getStyleClass().add("rating-face");
            face.setOnAction(event -> viewModel.rate(level));
            row.getChildren().add(face);
        }
        Label anonymous = label("rating-anonymous", "rating-note", "rating.anonymous");
        Button close = new Button();
        close.setId("rating-close");
        close.getStyleClass().addAll("big-button", "back-button");
        close.setGraphic(Icons.CROSS.create(32, "back-button-icon"));
        close.textProperty().bind(messages.bind("rating.skip"));
        close.setOnAction(event -> viewModel.dismiss());
        faces.getChildren().addAll(question, row, anonymous, close);
        faces.setAlignment(Pos.CENTER);
        faces.setSpacing(24);
    }

    private void buildReasons() {
        Label question = label("rating-reasons-question", "idle-question", "rating.reasons.question");
        FlowPane chips = new FlowPane(16, 16);
        chips.setAlignment(Pos.CENTER);
        chips.setPrefWrapLength(900);
        for (RatingReason reason : RatingReason.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("rating-reason-" + reason.name().toLowerCase(Locale.ROOT));
            chip.getStyleClass().add("rating-chip");
            chip.textProperty().bind(messages.bind(reason.labelKey()));
            chip.setOnAction(event -> {
                viewModel.toggle(reason);
                chip.setSelected(viewModel.reasons().contains(reason));
            });
            viewModel.reasons().addListener((javafx.collections.SetChangeListener<RatingReason>) change ->
                    chip.setSelected(viewModel.reasons().contains(reason)));
            chips.getChildren().add(chip);
        }
        Button submit = new Button();
        submit.setId("rating-submit");
        submit.getStyleClass().addAll("big-button", "continue-button");
        submit.textProperty().bind(messages.bind("rating.submit"));
        submit.setOnAction(event -> viewModel.submitReasons());
        reasons.getChildren().addAll(question, chips, submit);
        reasons.setAlignment(Pos.CENTER);
        reasons.setSpacing(28);
    }

    private void buildThanks() {
        thanks.getChildren().add(label("rating-thanks", "idle-question", "rating.thanks"));
        thanks.setAlignment(Pos.CENTER);
    }

    private void show(RatingStage stage) {
        setVisible(stage != RatingStage.HIDDEN);
        showOnly(faces, stage == RatingStage.ASKING);
        showOnly(reasons, stage == RatingStage.REASONS);
        showOnly(thanks, stage == RatingStage.THANKS);
        timeout.stop();
        if (stage != RatingStage.HIDDEN) {
            timeout.setDuration(stage == RatingStage.THANKS ? THANKS_SHOWN : askFor);
            timeout.playFromStart();
        }
    }

    private static void showOnly(VBox part, boolean shown) {
        part.setVisible(shown);
        part.setManaged(shown);
    }

    private Label label(String id, String styleClass, String key) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(messages.bind(key));
        return label;
    }
}
