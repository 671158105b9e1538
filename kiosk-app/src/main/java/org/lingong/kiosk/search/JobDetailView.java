package org.lingong.kiosk.search;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.TapCard;
import org.lingong.kiosk.theme.Icons;
import org.lingong.platform.api.jobs.Job;

/**
 * One job in full: title, then pay, dates, hours, address, employer, whom to call (by the region's contact policy, in
 * full: see {@code EmployerContacts}), requirements and
 * 包吃/包住; at the bottom 返回列表, the notice (if any) and the big 我要报名. Shown over the search screen while
 * the view model has a chosen job; rebuilt when the job or the language changes.
 */
final class JobDetailView extends VBox {

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final JobTexts texts;
    private final VBox body = new VBox();

    JobDetailView(SearchViewModel viewModel, Messages messages, JobTexts texts) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = texts;
        setId("search-detail");
        getStyleClass().addAll("screen", "job-detail");
        body.getStyleClass().add("job-detail-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(body, buttons());
        viewModel.selectedProperty().addListener((obs, old, now) -> fill(now));
        messages.languageProperty().addListener((obs, old, now) -> fill(viewModel.selectedProperty().get()));
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get().isPresent(), viewModel.selectedProperty()));
        fill(viewModel.selectedProperty().get());
    }

    private void fill(Optional<Job> selected) {
        if (selected.isEmpty()) {
            body.getChildren().clear();
            return;
        }
        Job job = selected.get();
        Label title = TapCard.label(texts.title(job), "job-detail-title");
        title.setId("search-detail-title");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("job-detail-facts");
        int row = 0;
        fact(facts, row++, "search.detail.pay", TapCard.label(texts.pay(job) + "    " + texts.headcount(job), "job-detail-pay"));
        fact(facts, row++, "search.detail.dates", value(texts.dates(job)));
        fact(facts, row++, "search.detail.hours", value(job.workHours()));
        fact(facts, row++, "search.detail.address", value(job.address()));
        fact(facts, row++, "search.detail.employer", value(job.employer()));
        Label phone = value((job.contactName() + "  " + job.contactPhone()).strip());
        phone.setId("search-detail-phone");
        fact(facts, row++, "search.detail.contact", phone);
        fact(facts, row++, "search.detail.requirements", value(job.requirements()));
        HBox provisions = new HBox(JobCard.provision(texts.meals(job), job.mealsProvided()),
                JobCard.provision(texts.lodging(job), job.lodgingProvided()));
        provisions.getStyleClass().add("job-detail-provisions");
        fact(facts, row, "search.detail.mealsLodging", provisions);
        body.getChildren().setAll(title, facts);
    }

    private void fact(GridPane facts, int row, String nameKey, Node value) {
        Label name = TapCard.label(messages.get(nameKey), "job-detail-name");
        facts.addRow(row, name, value);
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("job-detail-value");
        label.setWrapText(true);
        label.setMaxWidth(1300);
        return label;
    }

    private Node buttons() {
        Button back = button("search-detail-back", "search.detail.back", Icons.BACK, "back-button", viewModel::closeDetail);
        Button apply = button("search-apply", "search.detail.apply", Icons.CHECK, "apply-button", viewModel::apply);
        apply.disableProperty().bind(viewModel.applyingProperty());
        Label notice = new Label();
        notice.setId("search-notice");
        notice.getStyleClass().add("search-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(viewModel.noticeText());
        notice.setGraphic(Icons.HOURGLASS.create(36, "search-notice-icon"));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox row = new HBox(back, notice, apply);
        row.getStyleClass().add("job-detail-buttons");
        return row;
    }

    private Button button(String id, String key, Icons icon, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("big-button", styleClass);
        button.textProperty().bind(messages.bind(key));
        button.setGraphic(icon.create(44, styleClass + "-icon"));
        button.setMinWidth(USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
