package org.lingong.kiosk.referral;

import java.time.Clock;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.search.JobTexts;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.QrImage;
import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.DocumentLabels;
import org.lingong.platform.api.jobs.Job;

/**
 * The referral screen: the job and the worker (masked) with 返回 / 确认报名; then 请取走推荐单, or the slip's QR large
 * with its number when the printer cannot print; or a calm message. Rebuilt when the stage or the language changes.
 */
public final class ReferralView extends VBox {

    static final int QR_PIXELS = 520;

    private final ReferralViewModel viewModel;
    private final Messages messages;
    private final JobTexts texts;
    private final Clock clock;

    /** @param clock the station's clock (dates show a year only where it is not this year) */
    public ReferralView(ReferralViewModel viewModel, Messages messages, Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new JobTexts(messages, clock);
        this.clock = clock;
        setId("referral");
        getStyleClass().addAll("screen", "referral");
        viewModel.stageProperty().addListener((obs, old, now) -> fill());
        messages.languageProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        Job job = viewModel.jobProperty().get();
        ReferralSlip slip = viewModel.slipProperty().get();
        getChildren().setAll(switch (viewModel.stageProperty().get()) {
            case NONE -> new Region();
            case CONFIRM, ISSUING -> job == null ? new Region() : confirmation(job, viewModel.workerProperty().get());
            case ALREADY_ISSUED -> slip == null ? new Region() : alreadyIssued(slip);
            case PRINTED -> slip == null ? new Region() : printed(slip);
            case NOT_PRINTED -> slip == null ? new Region() : notPrinted(slip);
            case FAILED -> message("referral.failed");
            case UNAVAILABLE -> message("referral.unavailable");
            case REFUSED -> message("referral.refused");
        });
    }

    private Node confirmation(Job job, ActiveWorker worker) {
        VBox body = new VBox();
        body.getStyleClass().add("referral-body");
        if (viewModel.justIdentifiedProperty().get()) {
            Label banner = label("referral-banner", "referral-banner", messages.get("referral.banner.identified"));
            banner.setGraphic(Icons.CHECK.create(40, "referral-banner-icon"));
            body.getChildren().add(banner);
        } else {
            body.getChildren().add(label("referral-title", "referral-title", messages.get("referral.title")));
        }
        VBox card = new VBox(label("referral-job-title", "referral-job-title", texts.title(job)), facts(job));
        card.getStyleClass().add("referral-card");
        if (worker != null) {
            Label who = label("referral-worker", "referral-worker",
                    messages.get("referral.worker", worker.maskedName(), worker.maskedIdNumber(),
                            messages.get(DocumentLabels.key(worker.maskedIdNumber()))));
            card.getChildren().add(who);
        }
        body.getChildren().add(card);
        VBox.setVgrow(body, Priority.ALWAYS);
        boolean issuing = viewModel.stageProperty().get() == ReferralStage.ISSUING;
        Label status = label("referral-status", "referral-status", issuing ? messages.get("referral.issuing") : "");
        status.setGraphic(issuing ? Icons.HOURGLASS.create(36, "referral-status-icon") : null);
        Button back = button("referral-back", "referral.back", Icons.BACK, "back-button", viewModel::back);
        Button confirm = button("referral-confirm", "referral.confirm", Icons.CHECK, "apply-button", viewModel::confirm);
        back.setDisable(issuing);
        confirm.setDisable(issuing);
        return column(body, buttons(back, status, confirm));
    }

    private GridPane facts(Job job) {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("referral-facts");
        int row = 0;
        fact(facts, row++, "referral.job.pay", texts.pay(job));
        fact(facts, row++, "referral.job.dates", texts.dates(job));
        fact(facts, row++, "referral.job.hours", job.workHours());
        fact(facts, row++, "referral.job.address", job.address());
        fact(facts, row++, "referral.job.employer", job.employer());
        fact(facts, row, "referral.job.mealsLodging", texts.meals(job) + "    " + texts.lodging(job));
        return facts;
    }

    private void fact(GridPane facts, int row, String nameKey, String value) {
        Label name = label(null, "referral-fact-name", messages.get(nameKey));
        Label text = label(null, "referral-fact-value", value);
        text.setMaxWidth(1300);
        facts.addRow(row, name, text);
    }

    private Node printed(ReferralSlip slip) {
        VBox body = slipBody(slip, "referral-printed-hint", "referral.printed.hint", Icons.CHECK.create(160, "referral-done-icon"),
                label("referral-done-title", "referral-done-title", messages.get("referral.printed.title")));
        return column(body, doneButtons());
    }

    private Node alreadyIssued(ReferralSlip slip) {
        Label title = label("referral-already-title", "referral-done-title", messages.get("referral.already.title"));
        title.setGraphic(Icons.CHECK.create(72, "referral-done-icon"));
        VBox body = slipBody(slip, "referral-already-hint", "referral.already.hint", title);
        Button more = button("referral-continue", "referral.continue", Icons.SEARCH, "back-button", viewModel::continueSearching);
        Button again = button("referral-reprint", "referral.already.reprint", Icons.FORM, "back-button", viewModel::reprint);
        Button finish = button("referral-finish", "referral.finish", Icons.CHECK, "apply-button", viewModel::finish);
        return column(body, buttons(more, new Region(), again, finish));
    }

    /** The heading, the slip's number and validity, and a hint, centred. */
    private VBox slipBody(ReferralSlip slip, String hintId, String hintKey, Node... heading) {
        VBox body = new VBox(heading);
        body.getChildren().addAll(
                label("referral-slip-number", "referral-slip-number", messages.get("referral.slipNumber", slip.slipNumber())),
                label("referral-valid-until", "referral-valid-until", SlipValidityText.of(slip.expiresAt(), messages, clock)),
                label(hintId, "referral-hint", messages.get(hintKey)));
        body.getStyleClass().addAll("referral-body", "referral-done");
        body.setAlignment(Pos.CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);
        return body;
    }

    private Node notPrinted(ReferralSlip slip) {
        ImageView qr = new ImageView(QrImage.fitting(slip.qrToken(), QR_PIXELS));
        qr.setId("referral-qr");
        qr.setSmooth(false);
        VBox qrPaper = new VBox(qr);
        qrPaper.getStyleClass().add("referral-qr-paper");
        qrPaper.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = label("referral-fallback-title", "referral-fallback-title", messages.get("referral.notPrinted.title"));
        title.setGraphic(Icons.SCAN.create(56, "referral-fallback-icon"));
        VBox words = new VBox(title,
                label("referral-fallback-hint", "referral-hint", messages.get("referral.notPrinted.hint")),
                label("referral-slip-number", "referral-slip-number", messages.get("referral.slipNumber", slip.slipNumber())),
                label("referral-valid-until", "referral-valid-until", SlipValidityText.of(slip.expiresAt(), messages, clock)));
        words.getStyleClass().add("referral-fallback-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        // the QR beside the words in landscape, above them in portrait
        RowOrColumn body = new RowOrColumn("referral-body", "referral-fallback");
        body.setParts(qrPaper, words);
        VBox.setVgrow(body, Priority.ALWAYS);
        return column(body, doneButtons());
    }

    private Node message(String key) {
        Label text = label("referral-message", "referral-message", messages.get(key));
        text.setGraphic(Icons.ATTENTION.create(64, "referral-message-icon"));
        VBox body = new VBox(label("referral-title", "referral-title", messages.get("referral.title")), text);
        body.getStyleClass().add("referral-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        Button back = button("referral-back", "referral.back", Icons.BACK, "back-button", viewModel::back);
        return column(body, buttons(back, new Region()));
    }

    private HBox doneButtons() {
        Button more = button("referral-continue", "referral.continue", Icons.SEARCH, "back-button", viewModel::continueSearching);
        Button finish = button("referral-finish", "referral.finish", Icons.CHECK, "apply-button", viewModel::finish);
        return buttons(more, new Region(), finish);
    }

    private static VBox column(Node body, Node buttons) {
        VBox column = new VBox(body, buttons);
        column.getStyleClass().add("referral-column");
        VBox.setVgrow(column, Priority.ALWAYS);
        return column;
    }

    private static HBox buttons(Node... nodes) {
        for (Node node : nodes) {
            if (!(node instanceof Button)) {
                HBox.setHgrow(node, Priority.ALWAYS);
                if (node instanceof Region region) {
                    region.setMaxWidth(Double.MAX_VALUE);
                }
            }
        }
        HBox row = new HBox(nodes);
        row.getStyleClass().add("referral-buttons");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String id, String key, Icons icon, String styleClass, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().addAll("big-button", styleClass);
        button.setGraphic(icon.create(44, styleClass + "-icon"));
        button.setMinWidth(USE_PREF_SIZE);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label label(String id, String styleClass, String text) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
