package org.lingong.kiosk.policy;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.QrImage;
import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.platform.api.content.PolicyPage;

/**
 * One policy page: its title, then 是什么 / 谁可以办 / 要带什么 / 去哪里办 in plain words, a QR of the full text for the
 * worker's phone (when the platform gave one), and 返回列表.
 */
final class PolicyPageView extends VBox {

    private static final int QR_PIXELS = 300;

    private final Messages messages;
    private final VBox sections = new VBox();
    private final VBox qr = new VBox();
    private final Label title = new Label();

    PolicyPageView(PolicyViewModel viewModel, Messages messages) {
        this.messages = messages;
        setId("policy-page");
        getStyleClass().addAll("content-detail", "policy-page");
        title.setId("policy-page-title");
        title.getStyleClass().add("content-detail-title");
        title.setWrapText(true);
        sections.getStyleClass().add("policy-sections");
        qr.getStyleClass().add("policy-qr");
        qr.setAlignment(Pos.TOP_CENTER);
        Body body = new Body(sections, qr);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button back = new Button();
        back.setId("policy-back");
        back.getStyleClass().addAll("big-button", "back-button");
        back.setGraphic(Icons.BACK.create(36, "back-button-icon"));
        back.textProperty().bind(messages.bind("policy.back"));
        back.setOnAction(event -> viewModel.closePage());
        getChildren().addAll(title, scroll, back);
        visibleProperty().bind(viewModel.openProperty().isNotNull());
        viewModel.openProperty().addListener((obs, old, now) -> show(now));
        messages.languageProperty().addListener((obs, old, now) -> show(viewModel.openProperty().get()));
    }

    private void show(@Nullable PolicyPage page) {
        sections.getChildren().clear();
        qr.getChildren().clear();
        if (page == null) {
            title.setText("");
            return;
        }
        title.setText(page.title());
        section("summary", "policy.summary", page.summary());
        section("who", "policy.whoQualifies", page.whoQualifies());
        section("bring", "policy.whatToBring", page.whatToBring());
        section("where", "policy.whereToGo", page.whereToGo());
        if (page.fullTextUrl() != null && !page.fullTextUrl().isBlank()) {
            ImageView code = new ImageView(QrImage.fitting(page.fullTextUrl(), QR_PIXELS));
            code.setId("policy-qr-code");
            Label hint = new Label(messages.get("policy.fullText"));
            hint.getStyleClass().add("policy-qr-hint");
            hint.setWrapText(true);
            hint.setMaxWidth(QR_PIXELS + 40);
            qr.getChildren().addAll(code, hint);
        }
    }

    private void section(String id, String nameKey, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label name = new Label(messages.get(nameKey));
        name.getStyleClass().add("content-detail-name");
        Label value = new Label(text);
        value.setId("policy-page-" + id);
        value.getStyleClass().add("content-detail-value");
        value.setWrapText(true);
        VBox section = new VBox(6, name, value);
        section.getStyleClass().add("policy-section");
        sections.getChildren().add(section);
    }

    /** The sections beside the QR in landscape, above it in portrait. */
    private static final class Body extends RowOrColumn {
        Body(Node sections, Node qr) {
            super("policy-page-body");
            HBox.setHgrow(sections, Priority.ALWAYS);
            setParts(sections, qr);
        }
    }
}
