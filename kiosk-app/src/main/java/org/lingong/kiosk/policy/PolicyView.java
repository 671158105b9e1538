package org.lingong.kiosk.policy;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.search.LetterKeyboard;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.kiosk.theme.TapCard;
import org.lingong.platform.api.content.PolicyPage;

/**
 * The 政策 screen: the letter keyboard beside the list of policy pages (above it in portrait), 返回首页 below; a tapped
 * page opens over it ({@link PolicyPageView}).
 */
final class PolicyView extends StackPane {

    private final PolicyViewModel viewModel;
    private final Messages messages;
    private final VBox cards = new VBox();

    PolicyView(PolicyViewModel viewModel, Messages messages, Runnable goHome) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().addAll("screen", "policy-screen");
        Label title = new Label();
        title.setId("policy-title");
        title.getStyleClass().add("policy-title");
        title.textProperty().bind(messages.bind("policy.title"));
        Label demo = new Label();
        demo.setId("policy-demo");
        demo.getStyleClass().add("policy-demo");
        demo.textProperty().bind(messages.bind("policy.demo"));
        demo.visibleProperty().bind(viewModel.demoProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        HBox header = new HBox(24, title, demo);
        header.setAlignment(Pos.CENTER_LEFT);

        LetterKeyboard keyboard = new LetterKeyboard(viewModel, viewModel.lettersText(), messages);
        keyboard.getStyleClass().add("policy-keyboard");
        cards.setId("policy-list");
        cards.getStyleClass().add("tap-cards");
        Label status = new Label();
        status.setId("policy-status");
        status.getStyleClass().add("policy-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.stateProperty().get()) {
            case LOADING -> messages.get("content.loading");
            case NO_MATCH -> messages.get("policy.none");
            case EMPTY -> messages.get("policy.noneAtAll");
            case FAILED -> messages.get("content.failed");
            case SHOWN -> "";
        }, viewModel.stateProperty(), messages.languageProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("policy-scroll");
        VBox list = new VBox(16, status, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        Main main = new Main(keyboard, list);
        VBox.setVgrow(main, Priority.ALWAYS);

        Button back = new Button();
        back.setId("policy-home");
        back.getStyleClass().addAll("big-button", "back-button");
        back.setGraphic(Icons.BACK.create(36, "back-button-icon"));
        back.textProperty().bind(messages.bind("content.back"));
        back.setOnAction(event -> goHome.run());
        VBox page = new VBox(header, main, back);
        page.getStyleClass().add("policy-main-page");
        page.visibleProperty().bind(viewModel.openProperty().isNull());

        viewModel.shown().addListener((ListChangeListener<PolicyPage>) change -> fill());
        messages.languageProperty().addListener((obs, old, now) -> fill());
        fill();
        getChildren().addAll(page, new PolicyPageView(viewModel, messages));
    }

    private void fill() {
        cards.getChildren().setAll(viewModel.shown().stream().map(this::card).toList());
    }

    private Node card(PolicyPage page) {
        // one line in the list (the page shows it whole): a wrapped label would take its height from a width of 0
        Label summary = new Label(page.summary());
        summary.getStyleClass().addAll("tap-card-fact", "policy-card-summary");
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        return TapCard.create("policy-" + page.id(), "policy-card", () -> viewModel.openPage(page),
                TapCard.titleLine(page.title(), messages.get("search.card.details")), summary);
    }

    /** The keyboard beside the list in landscape, above it in portrait. */
    private static final class Main extends RowOrColumn {
        Main(Node keyboard, Node list) {
            super("policy-body");
            setParts(keyboard, list);
        }
    }
}
