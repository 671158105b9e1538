package org.lingong.kiosk.content;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.TapCard;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.WindowShape;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * One item in full: title; when, organiser, place, (courses) subsidy, and the detail text; at the bottom 返回列表, the
 * sign-up notice and the big 我要报名 / 我要参加, which turns into a disabled 已报名 once recorded. Shown while the
 * view model has an item open; rebuilt when the item or the language changes.
 */
final class ContentDetailView extends VBox {

    private final ContentScreenViewModel viewModel;
    private final Messages messages;
    private final ContentTexts texts;
    private final VBox body = new VBox();

    ContentDetailView(ContentScreenViewModel viewModel, Messages messages, ContentTexts texts, String prefix) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = texts;
        setId(prefix + "-detail");
        getStyleClass().addAll("screen", "content-detail");
        body.getStyleClass().add("content-detail-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(body, buttons(prefix));
        viewModel.selectedProperty().addListener((obs, old, now) -> fill(now));
        messages.languageProperty().addListener((obs, old, now) -> fill(viewModel.selectedProperty().get()));
        visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get().isPresent(),
                viewModel.selectedProperty()));
        fill(viewModel.selectedProperty().get());
    }

    private void fill(Optional<ContentEntry> selected) {
        if (selected.isEmpty()) {
            body.getChildren().clear();
            return;
        }
        ContentEntry entry = selected.get();
        Label title = TapCard.label(entry.title(), "content-detail-title");
        title.setId(getId() + "-title");
        title.setWrapText(true);
        title.setMinWidth(Region.USE_COMPUTED_SIZE);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("content-detail-facts");
        int row = 0;
        Label when = value(texts.when(entry));
        when.setId(getId() + "-when");
        fact(facts, row++, "content.fact.when", when);
        fact(facts, row++, ContentKeys.organiser(entry.target()), value(entry.organiser()));
        fact(facts, row++, ContentKeys.place(entry.target()), value(texts.place(entry)));
        if (entry.target() == SignUpTarget.TRAINING) {
            fact(facts, row++, "content.fact.subsidy", ContentCard.subsidy(entry, messages));
        }
        if (!entry.detail().isEmpty()) {
            fact(facts, row, "content.fact.detail", value(entry.detail()));
        }
        body.getChildren().setAll(title, facts);
    }

    private void fact(GridPane facts, int row, String nameKey, Node value) {
        facts.addRow(row, TapCard.label(messages.get(nameKey), "content-detail-name"), value);
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("content-detail-value");
        label.setWrapText(true);
        label.setMaxWidth(1400);
        return label;
    }

    private Node buttons(String prefix) {
        Button back = button(prefix + "-detail-back", messages.bind("content.detail.back"), Icons.BACK, "back-button",
                viewModel::closeDetail);
        Button signUp = button(prefix + "-sign-up", Bindings.createStringBinding(this::signUpText,
                viewModel.selectedProperty(), viewModel.signUpStateProperty(), messages.languageProperty()),
                Icons.CHECK, "apply-button", viewModel::signUp);
        signUp.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.signUpStateProperty().get() != SignUpState.NONE
                        && viewModel.signUpStateProperty().get() != SignUpState.FAILED,
                viewModel.signUpStateProperty()));
        Label notice = new Label();
        notice.setId(prefix + "-notice");
        notice.getStyleClass().add("content-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(Bindings.createStringBinding(this::noticeText, viewModel.signUpStateProperty(),
                messages.languageProperty()));
        // the icon says it too: a tick once recorded, the hourglass while recording, the warning sign on failure
        Runnable icon = () -> notice.setGraphic(switch (viewModel.signUpStateProperty().get()) {
            case SENDING -> Icons.HOURGLASS.create(36, "content-notice-icon");
            case FAILED, REFUSED, SIGNED_UP_ANONYMOUSLY -> Icons.ATTENTION.create(36, "content-notice-icon");
            case NONE, SIGNED_UP -> Icons.CHECK.create(36, "content-notice-icon");
        });
        viewModel.signUpStateProperty().addListener((obs, old, now) -> icon.run());
        icon.run();
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox();
        row.getStyleClass().add("content-detail-buttons");
        VBox foot = new VBox(row);
        foot.getStyleClass().add("content-detail-foot");
        // the notice between the buttons in a landscape window; above them, the whole width, in a portrait one
        // (between them it was squeezed to four characters a line)
        Runnable arrange = () -> {
            boolean portrait = WindowShape.portrait(foot);
            row.getChildren().setAll(portrait ? List.of(back, gap, signUp) : List.of(back, notice, signUp));
            foot.getChildren().setAll(portrait ? List.of(notice, row) : List.of(row));
        };
        arrange.run();
        WindowShape.follow(foot, arrange);
        return foot;
    }

    private String signUpText() {
        SignUpState state = viewModel.signUpStateProperty().get();
        if (state == SignUpState.SIGNED_UP) {
            return messages.get("content.signedUp");
        }
        if (state == SignUpState.SIGNED_UP_ANONYMOUSLY) {
            // only the interest is counted: nobody can call back a worker without a card, so not 已报名
            return messages.get("content.interestNoted");
        }
        return messages.get(ContentKeys.signUp(viewModel.selectedProperty().get()
                .map(ContentEntry::target).orElse(viewModel.tabProperty().get())));
    }

    private String noticeText() {
        return switch (viewModel.signUpStateProperty().get()) {
            case NONE -> "";
            case SENDING -> messages.get("content.signUp.sending");
            case SIGNED_UP -> messages.get("content.signUp.done");
            case SIGNED_UP_ANONYMOUSLY -> messages.get("content.signUp.anonymous");
            case FAILED -> messages.get("content.signUp.failed");
            case REFUSED -> messages.get("content.signUp.refused");
        };
    }

    static Button button(String id, ObservableValue<String> text, Icons icon, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("big-button", styleClass);
        button.textProperty().bind(text);
        button.setGraphic(icon.create(44, styleClass + "-icon"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
