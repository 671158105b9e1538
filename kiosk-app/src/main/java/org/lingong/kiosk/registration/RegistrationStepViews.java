package org.lingong.kiosk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.theme.RowOrColumn;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.ChoiceTile;
import org.lingong.kiosk.theme.Icons;
import org.lingong.kiosk.theme.NumericKeypad;
import org.lingong.kiosk.theme.Pager;
import org.lingong.kiosk.theme.TileGrid;
import org.lingong.kiosk.worktype.JobCategory;

/** Builds the question pane of each registration step. JavaFX thread only. */
final class RegistrationStepViews {

    private static final PseudoClass PLACEHOLDER = PseudoClass.getPseudoClass("placeholder");
    private static final int CATEGORY_COLUMNS = 4;
    private static final int STATUS_COLUMNS = 3;
    private static final int CATEGORY_COLUMNS_PORTRAIT = 3;
    private static final int STATUS_COLUMNS_PORTRAIT = 2;
    private static final int CHOICE_ROW_COLUMNS_PORTRAIT = 3;

    private final RegistrationViewModel viewModel;
    private final Messages messages;

    RegistrationStepViews(RegistrationViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    Node create(RegistrationStep step) {
        Node pane = switch (step) {
            case WAITING_FOR_CARD -> waitingForCard();
            case CARD -> card();
            case PHONE -> phone();
            case JOBS -> jobs();
            case PREFERENCES -> preferences();
            case CONSENT -> consent();
            case DONE -> done();
        };
        pane.setId("registration-step-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return pane;
    }

    private Node waitingForCard() {
        Label prompt = label("registration-waiting-prompt", "registration-waiting-prompt");
        prompt.textProperty().bind(messages.bind("registration.waiting.prompt"));
        Label hint = label(null, "registration-waiting-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(messages.bind("registration.waiting.hint"));
        VBox illustration = new VBox(Icons.ID_CARD.create(180, "waiting-card-icon"),
                Icons.ARROW_DOWN.create(72, "waiting-card-icon"));
        illustration.getStyleClass().add("waiting-illustration");
        Label job = label("registration-applying-for", "registration-applying-for");
        job.setWrapText(true);
        job.textProperty().bind(Bindings.createStringBinding(() -> viewModel.applyingFor().jobTitleProperty().get()
                .isEmpty() ? "" : messages.get("registration.applyingFor", viewModel.applyingFor().jobTitleProperty().get()),
                viewModel.applyingFor().jobTitleProperty(), messages.languageProperty()));
        job.visibleProperty().bind(viewModel.applyingFor().jobTitleProperty().isNotEmpty());
        job.managedProperty().bind(job.visibleProperty());
        VBox words = new VBox(job, prompt, hint);
        words.getStyleClass().add("waiting-words");
        HBox box = new HBox(illustration, words);
        box.getStyleClass().add("registration-waiting");
        return box;
    }

    private Node card() {
        CardTexts card = viewModel.card();
        GridPane fields = new GridPane();
        fields.getStyleClass().add("card-fields");
        row(fields, 0, messages.bind("registration.card.name"), card.maskedName(), "card-name");
        row(fields, 1, card.numberLabel(), card.maskedIdNumber(), "card-id");
        row(fields, 2, messages.bind("registration.card.gender"), card.gender(), "card-gender");
        Label[] nation = row(fields, 3, messages.bind("registration.card.nation"), card.nation(), "card-nation");
        for (Label part : nation) {
            part.visibleProperty().bind(card.hasNation());
            part.managedProperty().bind(card.hasNation());
        }
        row(fields, 4, messages.bind("registration.card.birthYear"), card.birthYear(), "card-birth-year");
        Label note = label(null, "registration-note");
        note.setWrapText(true);
        note.textProperty().bind(messages.bind("registration.card.note"));
        VBox box = new VBox(fields, note);
        box.getStyleClass().add("registration-card");
        return box;
    }

    private Label[] row(GridPane grid, int row, ObservableValue<String> labelText, ObservableValue<String> value,
            String id) {
        Label name = label(id + "-label", "card-field-name");
        name.textProperty().bind(labelText);
        Label shown = label(id, "card-field-value");
        shown.textProperty().bind(value);
        grid.addRow(row, name, shown);
        return new Label[] {name, shown};
    }

    private Node phone() {
        PhoneEntry phone = viewModel.phone();
        Label question = label(null, "registration-question");
        question.setWrapText(true);
        question.textProperty().bind(messages.bind("registration.phone.question"));
        Label display = label("phone-display", "phone-display");
        display.setMaxWidth(Double.MAX_VALUE);
        display.textProperty().bind(Bindings.when(phone.displayProperty().isEmpty())
                .then(messages.bind("registration.phone.empty")).otherwise(phone.displayProperty()));
        // the placeholder must not look like typed digits: its own style while nothing is typed (a listener on the
        // label's own text, so that nothing of the view hangs on the view model)
        Runnable placeholder = () -> display.pseudoClassStateChanged(PLACEHOLDER, phone.displayProperty().get().isEmpty());
        placeholder.run();
        display.textProperty().addListener(observable -> placeholder.run());
        Label hint = label("phone-hint", "registration-note");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.when(phone.editingProperty())
                .then(messages.bind("registration.phone.hint")).otherwise(messages.bind("registration.phone.maskedHint")));
        VBox left = new VBox(question, display, hint);
        left.getStyleClass().add("phone-left");
        HBox.setHgrow(left, Priority.ALWAYS);
        // the number beside the keypad in a landscape window, above it in a portrait one (beside it, a portrait
        // column cut the eleventh digit: 138 0013 8…)
        RowOrColumn box = new RowOrColumn("registration-phone");
        box.setParts(left, new NumericKeypad(phone::press, phone::clear, phone::delete, messages));
        return box;
    }

    private Node jobs() {
        Label question = label(null, "registration-question");
        question.textProperty().bind(messages.bind("registration.jobs.question"));
        TileGrid tiles = new TileGrid("choice-grid", CATEGORY_COLUMNS, CATEGORY_COLUMNS_PORTRAIT);
        tiles.setId("category-tiles");
        // weak: a pane dropped at the end of a session must not stay reachable from the view model
        InvalidationListener fill = observable -> fillCategories(tiles);
        tiles.getProperties().put(InvalidationListener.class, fill);
        viewModel.categories().addListener(new WeakInvalidationListener(fill));
        viewModel.categoriesStateProperty().addListener(new WeakInvalidationListener(fill));
        viewModel.categoryPageProperty().addListener(new WeakInvalidationListener(fill));
        fillCategories(tiles);
        VBox box = new VBox(question, tiles, categoryPager());
        box.getStyleClass().add("registration-jobs");
        return box;
    }

    private void fillCategories(TileGrid tiles) {
        LoadState state = viewModel.categoriesStateProperty().get();
        if (state != LoadState.READY) {
            Label words = label("categories-state", "registration-note");
            words.textProperty().bind(messages.bind(state == LoadState.LOADING
                    ? "registration.jobs.loading" : "registration.jobs.unavailable"));
            if (state != LoadState.FAILED) {
                tiles.showAcross(words);
            } else {
                Button retry = new Button();
                retry.setId("categories-retry");
                retry.getStyleClass().addAll("big-button", "back-button");
                retry.textProperty().bind(messages.bind("registration.jobs.retry"));
                retry.setOnAction(event -> viewModel.loadCategories());
                tiles.showAcross(words, retry);
            }
            return;
        }
        List<Node> shown = new ArrayList<>();
        for (JobCategory category : viewModel.categoriesOnPage()) {
            BooleanBinding chosen = Bindings.createBooleanBinding(
                    () -> viewModel.selectedCategories().contains(category.code()), viewModel.selectedCategories());
            Button tile = ChoiceTile.create("category-" + category.code(),
                    Bindings.createStringBinding(() -> category.name(messages.language()), messages.languageProperty()),
                    null, chosen, () -> viewModel.toggleCategory(category.code()));
            tile.setWrapText(true);
            shown.add(tile);
        }
        tiles.setTiles(shown);
    }

    /**
     * 前面的工种 · 第 1 页，共 3 页 · 更多工种 under the tiles; hidden when the list fits one page. Its buttons say what
     * they page through, so that 更多工种 is not taken for the 下一步 below it.
     */
    private Node categoryPager() {
        var page = Bindings.createStringBinding(() -> messages.get("search.page",
                viewModel.categoryPageProperty().get() + 1, viewModel.categoryPageCount()),
                viewModel.categoryPageProperty(), viewModel.categories(), messages.languageProperty());
        return new Pager(new Pager.Ids("category-page-previous", "category-page", "category-page-next"),
                new Pager.Texts(messages.bind("registration.jobs.previousPage"), page,
                        messages.bind("registration.jobs.nextPage")),
                viewModel::previousCategoryPage, viewModel::nextCategoryPage)
                .limits(viewModel.categoryPageProperty().isEqualTo(0), Bindings.createBooleanBinding(
                        () -> viewModel.categoryPageProperty().get() + 1 >= viewModel.categoryPageCount(),
                        viewModel.categoryPageProperty(), viewModel.categories()))
                .onlyWhen(Bindings.createBooleanBinding(() -> viewModel.categoryPageCount() > 1,
                        viewModel.categories()));
    }

    private Node preferences() {
        List<Node> payTiles = new ArrayList<>();
        for (PayExpectation value : PayExpectation.values()) {
            payTiles.add(grow(ChoiceTile.single(id("pay", value), messages.bind(value.labelKey()), null,
                    viewModel.payProperty().isEqualTo(value), () -> viewModel.choosePay(value))));
        }
        TileGrid pay = choiceRow(payTiles);
        List<Node> startTiles = new ArrayList<>();
        for (Availability value : Availability.values()) {
            startTiles.add(grow(ChoiceTile.single(id("availability", value), messages.bind(value.labelKey()), null,
                    viewModel.availabilityProperty().isEqualTo(value), () -> viewModel.chooseAvailability(value))));
        }
        TileGrid start = choiceRow(startTiles);
        TileGrid status = new TileGrid("choice-grid", STATUS_COLUMNS, STATUS_COLUMNS_PORTRAIT);
        List<Node> statusTiles = new ArrayList<>();
        for (EmploymentStatus value : EmploymentStatus.values()) {
            statusTiles.add(grow(ChoiceTile.single(id("status", value), messages.bind(value.labelKey()),
                    messages.bind(value.explanationKey()), viewModel.statusProperty().isEqualTo(value),
                    () -> viewModel.chooseStatus(value))));
        }
        status.setTiles(statusTiles);
        status.getStyleClass().add("status-grid");
        VBox box = new VBox(question("registration.preferences.pay"), pay, question("registration.preferences.availability"),
                start, question("registration.preferences.status"), status);
        box.getStyleClass().add("registration-preferences");
        return box;
    }

    private Node consent() {
        Label body = label("consent-body", "consent-body");
        body.setWrapText(true);
        body.textProperty().bind(viewModel.consentText());
        VBox paper = new VBox(body);
        paper.getStyleClass().add("consent-paper");
        Label question = label(null, "registration-question");
        question.textProperty().bind(messages.bind("registration.consent.question"));
        VBox box = new VBox(paper, question);
        box.getStyleClass().add("registration-consent");
        return box;
    }

    private Node done() {
        Label title = label("registration-done-title", "registration-done-title");
        title.textProperty().bind(messages.bind("registration.done.title"));
        title.setGraphic(Icons.CHECK.create(64, "done-icon"));
        Label summary = label("registration-summary", "registration-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summary());
        VBox box = new VBox(title, summary);
        box.getStyleClass().add("registration-done");
        return box;
    }

    private Label question(String key) {
        Label label = label(null, "registration-question");
        label.textProperty().bind(messages.bind(key));
        return label;
    }

    /** One row of all the answers in landscape, rows of three in portrait. */
    private static TileGrid choiceRow(List<Node> tiles) {
        TileGrid row = new TileGrid("choice-row-box", tiles.size(), CHOICE_ROW_COLUMNS_PORTRAIT);
        row.setTiles(tiles);
        return row;
    }

    private static Button grow(Button tile) {
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setPrefWidth(80);
        tile.setAlignment(Pos.CENTER_LEFT);
        return tile;
    }

    private static String id(String prefix, Enum<?> value) {
        return prefix + "-" + value.name().toLowerCase(Locale.ROOT);
    }

    private static Label label(@org.jspecify.annotations.Nullable String id, String styleClass) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        return label;
    }
}
