package org.lingong.kiosk.registration;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/**
 * The registration screen: step title and "第 2 步，共 6 步" on top, the current step's question,
 * what to fix (if anything), and the big back / next buttons at the bottom. Follows the view
 * model's step; builds each step's pane once a session and the buttons once (the view model and the
 * messages outlive every session: nothing here may add listeners to them per step).
 */
public final class RegistrationView extends VBox {

    private final RegistrationViewModel viewModel;
    private final Messages messages;
    private final RegistrationStepViews stepViews;
    private final StackPane content = new StackPane();
    private final HBox buttons = new HBox();
    private final Label problem;
    private final Button back;
    private final Button next;
    private final Button disagree;
    private final Button agree;
    private final Label declineQuestion;
    private final Button declineBack;
    private final Button declineConfirm;
    private final Button findWork;
    private final Map<RegistrationStep, Node> panes = new EnumMap<>(RegistrationStep.class);

    public RegistrationView(RegistrationViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.stepViews = new RegistrationStepViews(viewModel, messages);
        this.problem = problem();
        this.back = backButton();
        this.next = nextButton();
        this.disagree = button("consent-disagree", "registration.consent.disagree", Icons.CROSS, "disagree-button",
                viewModel::disagree);
        this.agree = button("consent-agree", "registration.consent.agree", Icons.CHECK, "agree-button", viewModel::agree);
        this.declineQuestion = declineQuestion();
        this.declineBack = button("consent-decline-back", "registration.consent.decline.back", Icons.BACK, "back-button",
                viewModel::keepConsenting);
        this.declineConfirm = button("consent-decline-confirm", "registration.consent.decline.confirm", Icons.CROSS,
                "disagree-button", viewModel::confirmDisagree);
        // the question wraps; the two answers keep their words whole (a portrait row cut 确认不同意 to 确认不…)
        declineBack.setMinWidth(Region.USE_PREF_SIZE);
        declineConfirm.setMinWidth(Region.USE_PREF_SIZE);
        this.findWork = button("registration-find-work", "registration.done.findWork", Icons.SEARCH, "next-button",
                viewModel::findWork);
        getStyleClass().addAll("screen", "registration");
        content.getStyleClass().add("registration-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        buttons.getStyleClass().add("registration-buttons");
        getChildren().addAll(header(), content, buttons);
        viewModel.stepProperty().addListener((obs, old, now) -> show(now));
        viewModel.declineAskedProperty().addListener((obs, old, now) -> show(viewModel.stepProperty().get()));
        show(viewModel.stepProperty().get());
    }

    private Node header() {
        Label title = new Label();
        title.setId("registration-title");
        title.getStyleClass().add("registration-title");
        title.textProperty().bind(viewModel.stepTitle());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("registration-progress");
        progress.getStyleClass().add("registration-progress");
        progress.textProperty().bind(viewModel.progressText());
        HBox header = new HBox(title, gap, progress);
        header.getStyleClass().add("registration-header");
        return header;
    }

    /** What to fix, between the back and the next buttons: in the worker's line of sight, and it never moves the layout. */
    private Label problem() {
        Label problem = attentionBox("registration-problem", viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    /** "不同意将不登记，您的信息将被清除", asked in place of the buttons, in the problem's attention box. */
    private Label declineQuestion() {
        return attentionBox("consent-decline-question", messages.bind("registration.consent.decline.question"));
    }

    private static Label attentionBox(String id, javafx.beans.value.ObservableValue<String> text) {
        Label box = new Label();
        box.setId(id);
        box.getStyleClass().add("registration-problem");
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.textProperty().bind(text);
        box.setGraphic(Icons.ATTENTION.create(36, "problem-icon"));
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void show(RegistrationStep step) {
        if (step == RegistrationStep.WAITING_FOR_CARD) {
            // a new session (or a wiped one): drop the old panes, whose label skins may still hold the last texts
            panes.keySet().retainAll(java.util.Set.of(RegistrationStep.WAITING_FOR_CARD));
        }
        content.getChildren().setAll(panes.computeIfAbsent(step, stepViews::create));
        buttons.getChildren().setAll(back, problem);
        switch (step) {
            case CARD, PHONE, JOBS, PREFERENCES -> buttons.getChildren().add(next);
            case CONSENT -> {
                if (viewModel.declineAskedProperty().get()) {
                    // 确认不同意 where 不同意 was and 返回 where 同意 was: a second tap meant for 同意 keeps the data
                    buttons.getChildren().setAll(declineQuestion, declineConfirm, declineBack);
                } else {
                    buttons.getChildren().addAll(disagree, agree);
                }
            }
            case DONE -> buttons.getChildren().add(findWork);
            case WAITING_FOR_CARD -> { }
        }
    }

    private Button nextButton() {
        Button next = button("registration-next", "registration.next", Icons.BACK, "next-button", viewModel::next);
        next.getGraphic().setScaleX(-1);
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        return next;
    }

    /**
     * 返回 on the steps, 回首页 before the card (返回岗位 when the worker came from 我要报名) and when done; it waits while
     * the consent is being kept.
     */
    private Button backButton() {
        Button back = button("registration-back", "registration.back", Icons.BACK, "back-button", viewModel::back);
        back.textProperty().bind(Bindings.createStringBinding(() -> messages.get(switch (viewModel.stepProperty().get()) {
            case WAITING_FOR_CARD -> viewModel.applyingFor().jobTitleProperty().get().isEmpty() ? "registration.home"
                    : "registration.backToJob";
            case DONE -> "registration.home";
            default -> "registration.back";
        }), viewModel.stepProperty(), viewModel.applyingFor().jobTitleProperty(), messages.languageProperty()));
        back.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.stepProperty().get() == RegistrationStep.CONSENT && viewModel.submittingProperty().get(),
                viewModel.stepProperty(), viewModel.submittingProperty()));
        return back;
    }

    private Button button(String id, String key, Icons icon, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("big-button", styleClass);
        button.textProperty().bind(messages.bind(key));
        button.setGraphic(icon.create(44, styleClass + "-icon"));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        if (!styleClass.equals("back-button")) {
            button.disableProperty().bind(viewModel.submittingProperty());
        }
        return button;
    }
}
