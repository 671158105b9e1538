package org.lingong.kiosk.demo;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.i18n.Messages;

/** The demo simulator panel: ID cards, scanner, printer state and the latest simulated receipt, top to bottom. */
public final class DemoPanelView extends VBox {

    static final double RECEIPT_WIDTH = 400;

    private final DemoPanelViewModel viewModel;
    private final Messages messages;

    public DemoPanelView(DemoPanelViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("demo-panel");
        getStyleClass().add("demo-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().addAll(section("demo.cards.title"), cards(), section("demo.scan.title"), scanner(),
                section("demo.printer.title"), printerStates(), section("demo.receipt.title"), receipt());
    }

    private Label section(String key) {
        Label label = new Label();
        label.getStyleClass().add("demo-section");
        label.textProperty().bind(messages.bind(key));
        return label;
    }

    private Node cards() {
        FlowPane buttons = new FlowPane(6, 6);
        int index = 0;
        for (IdCard card : viewModel.cards()) {
            Button place = new Button(messages.get("demo.cards.place", DemoPanelViewModel.maskedName(card),
                    messages.get(DemoPanelViewModel.cardTypeKey(card))));
            place.setId("demo-card-" + index++);
            place.setOnAction(event -> viewModel.place(card));
            buttons.getChildren().add(place);
        }
        Button remove = new Button();
        remove.setId("demo-card-remove");
        remove.textProperty().bind(messages.bind("demo.cards.remove"));
        remove.setOnAction(event -> viewModel.removeCard());
        Label onReader = new Label();
        onReader.setId("demo-card-on-reader");
        onReader.textProperty().bind(Bindings.createStringBinding(() -> viewModel.cardOnReaderProperty().get() == null
                ? messages.get("demo.cards.none")
                : messages.get("demo.cards.onReader", DemoPanelViewModel.maskedName(viewModel.cardOnReaderProperty().get())),
                viewModel.cardOnReaderProperty(), messages.languageProperty()));
        return new VBox(6, buttons, new HBox(10, remove, onReader));
    }

    private Node scanner() {
        TextField code = new TextField();
        code.setId("demo-scan-text");
        code.promptTextProperty().bind(messages.bind("demo.scan.prompt"));
        code.textProperty().bindBidirectional(viewModel.codeToScanProperty());
        HBox.setHgrow(code, Priority.ALWAYS);
        Button scan = button("demo-scan", "demo.scan.button", viewModel::scanTypedCode);
        code.setOnAction(event -> viewModel.scanTypedCode());
        Button referral = button("demo-scan-referral", "demo.scan.referral",
                () -> viewModel.scan(DemoPanelViewModel.SAMPLE_REFERRAL));
        Button job = button("demo-scan-job", "demo.scan.job", viewModel::scanJobPoster);
        return new VBox(6, new HBox(6, code, scan), new HBox(6, referral, job));
    }

    private Node printerStates() {
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane(6, 6);
        for (PrinterStateChoice choice : PrinterStateChoice.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("demo-printer-" + choice.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            toggle.textProperty().bind(messages.bind(choice.labelKey()));
            toggle.setToggleGroup(group);
            toggle.setUserData(choice);
            toggle.setOnAction(event -> viewModel.setPrinterState(choice));
            choices.getChildren().add(toggle);
        }
        Runnable follow = () -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == viewModel.printerStateProperty().get()));
        viewModel.printerStateProperty().addListener((obs, old, now) -> follow.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                follow.run(); // a toggle button can be clicked off; the printer always has a state
            }
        });
        follow.run();
        Button print = button("demo-print-sample", "demo.printer.printSample", viewModel::printSampleSlip);
        return new VBox(6, choices, print);
    }

    private Node receipt() {
        ImageView image = new ImageView();
        image.setId("demo-receipt-image");
        image.setPreserveRatio(true);
        image.setFitWidth(RECEIPT_WIDTH);
        Label caption = new Label();
        caption.setId("demo-receipt-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> viewModel.receiptCountProperty().get() == 0
                ? messages.get("demo.receipt.none") : messages.get("demo.receipt.number", viewModel.receiptCountProperty().get()),
                viewModel.receiptCountProperty(), messages.languageProperty()));
        Runnable show = () -> image.setImage(viewModel.latestReceiptPng()
                .map(png -> new Image(new ByteArrayInputStream(png))).orElse(null));
        viewModel.latestReceiptPngProperty().addListener((obs, old, now) -> show.run());
        show.run();
        ScrollPane scroll = new ScrollPane(image);
        scroll.setId("demo-receipt-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(6, caption, scroll);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.bind(key));
        button.setOnAction(event -> action.run());
        return button;
    }
}
