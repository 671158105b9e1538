package org.lingong.kiosk.notice;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;

/** The notice card over the current screen: an icon, the title, what happens next, and "知道了". */
public final class NoticeView extends StackPane {

    public NoticeView(NoticeViewModel viewModel, Messages messages) {
        setId("notice-overlay");
        getStyleClass().add("notice-overlay");
        visibleProperty().bind(viewModel.currentProperty().isNotNull());
        setPickOnBounds(false);

        Label title = new Label();
        title.setId("notice-title");
        title.getStyleClass().add("notice-title");
        title.setGraphic(Icons.SCAN.create(48, "notice-icon"));
        viewModel.currentProperty().addListener((obs, old, now) -> title.setGraphic(
                (now == Notice.WELCOME ? Icons.CHECK : Icons.SCAN).create(48, "notice-icon")));
        title.textProperty().bind(Bindings.createStringBinding(() -> text(viewModel, messages, true),
                viewModel.currentProperty(), messages.languageProperty()));

        Label body = new Label();
        body.setId("notice-body");
        body.getStyleClass().add("notice-body");
        body.setWrapText(true);
        body.textProperty().bind(Bindings.createStringBinding(() -> text(viewModel, messages, false),
                viewModel.currentProperty(), messages.languageProperty()));

        Button ok = new Button();
        ok.setId("notice-ok");
        ok.getStyleClass().addAll("big-button", "continue-button");
        ok.textProperty().bind(messages.bind("notice.ok"));
        ok.setOnAction(event -> viewModel.dismiss());

        VBox card = new VBox(title, body, ok);
        card.getStyleClass().add("notice-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
    }

    private static String text(NoticeViewModel viewModel, Messages messages, boolean title) {
        return viewModel.current()
                .map(n -> messages.get(title ? n.titleKey() : n.bodyKey(), viewModel.arguments().toArray()))
                .orElse("");
    }
}
