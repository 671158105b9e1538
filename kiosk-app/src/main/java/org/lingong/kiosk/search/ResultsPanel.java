package org.lingong.kiosk.search;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.Pager;
import org.lingong.platform.api.jobs.Job;

/**
 * The right half: 返回首页 and how many were found, the sort tiles, the offline-data line, one page of result
 * cards, and 上一页 / 第 1 页，共 4 页 / 下一页. Pages instead of scrolling: taps only.
 */
final class ResultsPanel extends VBox {

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final JobTexts texts;
    private final VBox cards = new VBox();

    ResultsPanel(SearchViewModel viewModel, Messages messages, JobTexts texts) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = texts;
        getStyleClass().add("search-results");
        cards.getStyleClass().add("tap-cards");
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(header(), sortRow(), statusLine(), cards, pager());
        viewModel.results().addListener((ListChangeListener<Job>) change -> fillCards());
        messages.languageProperty().addListener((obs, old, now) -> fillCards());
        fillCards();
    }

    private void fillCards() {
        List<Node> shown = new ArrayList<>();
        List<Job> jobs = viewModel.results();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            shown.add(JobCard.create(i, job, texts, messages, () -> viewModel.open(job.id())));
        }
        cards.getChildren().setAll(shown);
    }

    /** 返回首页 and 找到 12 个工作 (按您登记的工种找到 3 个工作 while narrowed to the registered 工种). */
    private Node header() {
        Button home = new Button();
        home.setId("search-home");
        home.getStyleClass().addAll("big-button", "back-button", "search-home");
        home.textProperty().bind(messages.bind("search.home"));
        home.setGraphic(Icons.BACK.create(36, "back-button-icon"));
        home.setFocusTraversable(false);
        home.setOnAction(event -> viewModel.goHome());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.texts().summary());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(home, summary);
        header.getStyleClass().add("search-results-header");
        return header;
    }

    /**
     * The sort tiles and, while the search is narrowed to the registered 工种, 看全部 at their end (not a row of its
     * own, so that three job cards still fit a 1366×768 screen).
     */
    private Node sortRow() {
        Node tiles = sortTiles();
        HBox.setHgrow(tiles, Priority.ALWAYS);
        HBox row = new HBox(tiles, showAll());
        row.getStyleClass().add("search-sort-row");
        return row;
    }

    private Node sortTiles() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("search-tile-grid");
        grid.setMaxWidth(Double.MAX_VALUE);
        for (SearchSort sort : SearchSort.values()) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100.0 / SearchSort.values().length);
            grid.getColumnConstraints().add(column);
            grid.add(SearchTile.create("search-sort-" + sort.name().toLowerCase(java.util.Locale.ROOT), "search-sort",
                    messages.bind(sort.labelKey()), viewModel.sortProperty().isEqualTo(sort),
                    () -> viewModel.chooseSort(sort)), sort.ordinal(), 0);
        }
        return grid;
    }

    private Node showAll() {
        Button all = new Button();
        all.setId("search-show-all");
        all.getStyleClass().addAll("pager-button", "search-show-all");
        all.textProperty().bind(messages.bind("search.showAll"));
        all.setFocusTraversable(false);
        all.setOnAction(event -> viewModel.showAll());
        all.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.preferred()));
        all.managedProperty().bind(all.visibleProperty());
        return all;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add("search-status");
        status.textProperty().bind(viewModel.texts().statusText());
        status.setGraphic(Icons.ATTENTION.create(28, "search-status-icon"));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Node pager() {
        return new Pager(new Pager.Ids("search-page-previous", "search-page", "search-page-next"),
                new Pager.Texts(messages.bind("search.page.previous"), viewModel.texts().pageText(),
                        messages.bind("search.page.next")), viewModel::previousPage, viewModel::nextPage)
                .limits(viewModel.pageProperty().isEqualTo(0), javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> viewModel.pageProperty().get() + 1 >= viewModel.pageCount(), viewModel.pageProperty(),
                        viewModel.totalProperty()));
    }
}
