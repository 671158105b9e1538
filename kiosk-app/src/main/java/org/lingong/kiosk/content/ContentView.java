package org.lingong.kiosk.content;

import java.time.Clock;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
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
import org.lingong.kiosk.theme.Pager;
import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * A content screen (培训 or 招聘会): title and when the content was updated; the tabs if there are two kinds; the
 * page of cards or a calm message; 返回首页 and the page buttons. The chosen item's {@link ContentDetailView} opens
 * over it. Ids are prefixed with the screen ({@code training-…}, {@code job_fair-…}).
 */
public final class ContentView extends StackPane {

    private final ContentScreenViewModel viewModel;
    private final Messages messages;
    private final ContentTexts texts;
    private final String prefix;
    private final VBox cards = new VBox();
    private final HBox tabs = new HBox();

    public ContentView(ContentScreenViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new ContentTexts(messages, clock);
        this.prefix = viewModel.screen().name().toLowerCase(Locale.ROOT);
        getStyleClass().addAll("screen", "content-screen");
        cards.getStyleClass().add("tap-cards");
        VBox.setVgrow(cards, Priority.ALWAYS);
        VBox main = new VBox(header(), cards, footer());
        main.getStyleClass().add("content-main");
        main.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get().isEmpty(),
                viewModel.selectedProperty()));
        getChildren().addAll(main, new ContentDetailView(viewModel, messages, texts, prefix));

        Runnable refill = this::fill;
        viewModel.page().addListener((ListChangeListener<ContentEntry>) change -> refill.run());
        viewModel.statusProperty().addListener((obs, old, now) -> refill.run());
        viewModel.tabProperty().addListener((obs, old, now) -> refill.run());
        messages.languageProperty().addListener((obs, old, now) -> refill.run());
        fill();
    }

    private Node header() {
        Label title = new Label();
        title.setId(prefix + "-title");
        title.getStyleClass().add("content-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(messages.bind(ContentKeys.title(viewModel.tabs().get(0))));
        Label updated = new Label();
        updated.setId(prefix + "-updated");
        updated.getStyleClass().add("content-updated");
        updated.setMinWidth(Region.USE_PREF_SIZE);
        updated.textProperty().bind(Bindings.createStringBinding(this::updatedText, viewModel.updatedAtProperty(),
                viewModel.demoProperty(), viewModel.statusProperty(), messages.languageProperty()));
        updated.setGraphic(Icons.HOURGLASS.create(32, "content-updated-icon"));
        HBox tabsAndTime = new HBox(tabs, spacer(), updated);
        tabsAndTime.getStyleClass().add("content-header");
        HBox.setHgrow(tabsAndTime, Priority.ALWAYS);
        return new Header(title, tabsAndTime);
    }

    private String updatedText() {
        if (viewModel.demoProperty().get()) {
            return messages.get("content.demo");
        }
        return viewModel.updatedAtProperty().get().map(texts::updated)
                .orElseGet(() -> viewModel.statusProperty().get() == ListStatus.LOADING ? ""
                        : messages.get("content.notYetUpdated"));
    }

    private void fill() {
        fillTabs();
        cards.getChildren().clear();
        ListStatus status = viewModel.statusProperty().get();
        if (status != ListStatus.SHOWN) {
            String key = switch (status) {
                case LOADING -> "content.loading";
                case NO_CONTENT_YET -> ContentKeys.noneYet(viewModel.tabProperty().get());
                case NONE_UPCOMING -> ContentKeys.noneUpcoming(viewModel.tabProperty().get());
                case FAILED, SHOWN -> "content.failed";
            };
            Label message = new Label(messages.get(key));
            message.setId(prefix + "-message");
            message.getStyleClass().add("content-message");
            message.setWrapText(true);
            message.setMaxWidth(Double.MAX_VALUE);
            cards.getChildren().add(message);
            return;
        }
        int index = 0;
        for (ContentEntry entry : viewModel.page()) {
            cards.getChildren().add(ContentCard.create(prefix + "-card-" + index++, entry, texts, messages,
                    () -> viewModel.open(entry)));
        }
    }

    private void fillTabs() {
        tabs.getChildren().clear();
        tabs.setManaged(viewModel.tabs().size() > 1);
        tabs.setVisible(viewModel.tabs().size() > 1);
        tabs.getStyleClass().setAll("content-tabs");
        for (SignUpTarget target : viewModel.tabs()) {
            boolean chosen = target == viewModel.tabProperty().get();
            Button tab = new Button(messages.get(ContentKeys.tab(target)));
            tab.setId(prefix + "-tab-" + target.name().toLowerCase(Locale.ROOT));
            tab.getStyleClass().addAll("content-tab", chosen ? "content-tab-chosen" : "content-tab-other");
            // the tick says which tab is open, not the colour alone
            tab.setGraphic(chosen ? Icons.CHECK.create(36, "content-tab-icon") : null);
            tab.setFocusTraversable(false);
            tab.setOnAction(event -> viewModel.chooseTab(target));
            tabs.getChildren().add(tab);
        }
    }

    private Node footer() {
        Button back = ContentDetailView.button(prefix + "-back", messages.bind("content.back"), Icons.BACK,
                "back-button", viewModel::back);
        Pager pager = new Pager(Pager.Ids.of(prefix), new Pager.Texts(messages.bind("content.page.previous"),
                messages.bind("content.page", viewModel.pageIndexProperty().add(1), viewModel.pageCountProperty()),
                messages.bind("content.page.next")), viewModel::previousPage, viewModel::nextPage)
                .limits(viewModel.pageIndexProperty().isEqualTo(0),
                        viewModel.pageIndexProperty().add(1).greaterThanOrEqualTo(viewModel.pageCountProperty()))
                .visibleWhen(viewModel.pageCountProperty().greaterThan(1));
        HBox footer = new HBox(back, spacer(), pager);
        footer.getStyleClass().add("content-footer");
        return footer;
    }

    /** The title beside the tabs in landscape, above them in portrait. */
    private static final class Header extends RowOrColumn {
        Header(Node title, Node tabsAndTime) {
            super("content-header");
            setParts(title, tabsAndTime);
        }
    }

    static Region spacer() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }
}
