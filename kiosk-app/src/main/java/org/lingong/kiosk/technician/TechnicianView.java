package org.lingong.kiosk.technician;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.NumericKeypad;
import org.lingong.kiosk.staff.AdminTexts;
import org.lingong.kiosk.theme.Icons;

/**
 * The technician screen: the three devices (each with its chosen port) on the left; on the right the ports and baud
 * rates to tap (or, for a network printer, its IP:端口 typed on the on-screen keypad), the printer's paper width and QR
 * mode, 探测, 测试 and 保存, and what the last action came to. No OS keyboard anywhere.
 */
public final class TechnicianView extends HBox {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final TechnicianViewModel viewModel;
    private final Messages messages;
    private final FlowPane ports = new FlowPane();
    private final FlowPane bauds = new FlowPane();
    private final FlowPane printerChoices = new FlowPane();
    private final @Nullable Node officePrinter;
    private final javafx.beans.property.BooleanProperty officePrinterOpen = new javafx.beans.property.SimpleBooleanProperty();

    public TechnicianView(TechnicianViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With {@code officePrinter} (the A4 printer's row) under the device buttons. */
    public TechnicianView(TechnicianViewModel viewModel, Messages messages, @Nullable Node officePrinter) {
        this.officePrinter = officePrinter;
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().addAll("screen", "technician");

        Label title = AdminTexts.label("technician-title", "staff-title");
        title.textProperty().bind(messages.bind("screen.technician"));
        VBox devices = new VBox(title);
        devices.getStyleClass().add("staff-tabs");
        for (DeviceSlot slot : DeviceSlot.values()) {
            Button button = new Button();
            button.setId("technician-device-" + slot.section());
            button.getStyleClass().add("staff-tab");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.setFocusTraversable(false);
            button.textProperty().bind(AdminTexts.text(messages, () -> messages.get(slot.labelKey()) + "\n"
                    + viewModel.spec(slot).get(), viewModel.spec(slot)));
            button.setOnAction(event -> viewModel.select(slot));
            Runnable mark = () -> {
                boolean chosen = viewModel.slot().get() == slot;
                button.pseudoClassStateChanged(CHOSEN, chosen);
                button.setGraphic(chosen ? Icons.CHECK.create(32, "staff-tab-check") : null);
            };
            mark.run();
            viewModel.slot().addListener((obs, old, now) -> mark.run());
            devices.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button staff = AdminTexts.button("technician-open-staff", messages, "technician.openStaff", "staff-tab");
        staff.setMaxWidth(Double.MAX_VALUE);
        staff.setOnAction(event -> viewModel.openStaff());
        Button back = AdminTexts.button("technician-back", messages, "staff.back", "big-button", "back-button");
        back.setGraphic(Icons.BACK.create(44, "back-icon"));
        back.setMaxWidth(Double.MAX_VALUE);
        back.setOnAction(event -> viewModel.leave());
        devices.getChildren().addAll(spacer, staff, back);

        getChildren().addAll(devices, workArea());
        viewModel.ports().addListener((javafx.collections.ListChangeListener<String>) change -> fillPorts());
        viewModel.slot().addListener((obs, old, now) -> fillPorts());
        for (DeviceSlot slot : DeviceSlot.values()) {
            viewModel.spec(slot).addListener((obs, old, now) -> fillPorts());
        }
        fillPorts();
    }

    private VBox workArea() {
        Label portsTitle = AdminTexts.label("", "staff-pane-title");
        portsTitle.textProperty().bind(messages.bind("technician.ports"));
        ports.getStyleClass().add("technician-choices");
        Label baudTitle = AdminTexts.label("", "staff-line");
        baudTitle.textProperty().bind(messages.bind("technician.baud"));
        bauds.getStyleClass().add("technician-choices");

        Button probe = AdminTexts.button("technician-probe", messages, "technician.probe", "staff-action");
        probe.setOnAction(event -> viewModel.probe());
        Button test = AdminTexts.button("technician-test", messages, "technician.test", "staff-action");
        test.setOnAction(event -> viewModel.test());
        Button save = AdminTexts.button("technician-save", messages, "technician.save", "staff-action", "staff-primary");
        save.setOnAction(event -> viewModel.save());
        for (Button action : new Button[] {probe, test, save}) {
            action.disableProperty().bind(viewModel.busy());
        }
        HBox actions = new HBox(probe, test, save);
        actions.getStyleClass().add("staff-row");

        Label outcome = AdminTexts.hideWhenEmpty(AdminTexts.label("technician-outcome", "staff-message"));
        outcome.textProperty().bind(AdminTexts.text(messages, () -> {
            CheckOutcome done = viewModel.outcome().get();
            return done == null ? "" : done.text(messages);
        }, viewModel.outcome()));
        Runnable icon = () -> {
            CheckOutcome done = viewModel.outcome().get();
            boolean settled = done != null && !viewModel.busy().get();
            outcome.setGraphic(!settled ? null
                    : AdminTexts.stateIcon(done.ok() ? org.lingong.kiosk.status.DeviceState.READY
                            : org.lingong.kiosk.status.DeviceState.OFFLINE));
            AdminTexts.tone(outcome, settled ? done.ok() : null);
        };
        viewModel.outcome().addListener((obs, old, now) -> icon.run());
        outcome.setGraphicTextGap(14);
        Label restart = AdminTexts.label("", "staff-hint");
        restart.textProperty().bind(messages.bind("technician.restartHint"));

        printerChoices.getStyleClass().add("technician-choices");
        printerChoices.visibleProperty().bind(viewModel.slot().isEqualTo(DeviceSlot.PRINTER));
        printerChoices.managedProperty().bind(printerChoices.visibleProperty());
        viewModel.printerSettings().addListener((obs, old, now) -> fillPrinterChoices());
        messages.languageProperty().addListener((obs, old, now) -> fillPrinterChoices());
        fillPrinterChoices();
        Button openAddress = AdminTexts.button("technician-address-open", messages, "technician.address.open",
                "technician-choice");
        openAddress.setOnAction(event -> viewModel.openAddress());
        openAddress.visibleProperty().bind(viewModel.slot().isEqualTo(DeviceSlot.PRINTER));
        openAddress.managedProperty().bind(openAddress.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox portsHead = new HBox(portsTitle, openAddress, gap, maintenanceExit());
        portsHead.getStyleClass().add("staff-row");
        VBox portChoices = new VBox(portsHead, ports, baudTitle, bauds);
        portChoices.getStyleClass().add("technician-port-choices");
        Node addressEntry = addressEntry();
        portChoices.visibleProperty().bind(viewModel.addressOpen().not().and(officePrinterOpen.not()));
        portChoices.managedProperty().bind(portChoices.visibleProperty());
        addressEntry.visibleProperty().bind(viewModel.addressOpen());
        addressEntry.managedProperty().bind(addressEntry.visibleProperty());
        VBox area = new VBox(portChoices, addressEntry, printerChoices, actions, outcome, restart);
        if (officePrinter != null) {
            addOfficePrinter(area, officePrinter);
        }
        area.getStyleClass().add("staff-pane");
        HBox.setHgrow(area, Priority.ALWAYS);
        return area;
    }

    /**
     * 退出到维护, at the end of the port list's head (the screen has no other room at 1366×768 and in portrait): the
     * first tap arms it (its text asks for a second tap), the second closes the kiosk.
     */
    private Button maintenanceExit() {
        Button exit = AdminTexts.button("technician-exit", messages, "technician.exit", "staff-action");
        exit.textProperty().bind(AdminTexts.text(messages, () -> messages.get(viewModel.exitArmed().get()
                ? "technician.exit.confirm" : "technician.exit"), viewModel.exitArmed()));
        exit.setOnAction(event -> viewModel.exitToMaintenance());
        return exit;
    }

    /**
     * The office A4 printer's choice: a toggle under the receipt printer's settings (printer slot only); open, it takes
     * the place of the port list.
     */
    private void addOfficePrinter(VBox area, Node pane) {
        Button toggle = AdminTexts.button("technician-a4-open", messages, "technician.a4.open", "technician-choice");
        toggle.setOnAction(event -> officePrinterOpen.set(!officePrinterOpen.get()));
        toggle.visibleProperty().bind(viewModel.slot().isEqualTo(DeviceSlot.PRINTER).and(viewModel.addressOpen().not()));
        toggle.managedProperty().bind(toggle.visibleProperty());
        viewModel.slot().addListener((obs, old, now) -> officePrinterOpen.set(false));
        pane.visibleProperty().bind(officePrinterOpen.and(toggle.visibleProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
        area.getChildren().add(1, pane);
        area.getChildren().add(area.getChildren().indexOf(printerChoices) + 1, toggle);
    }

    /** The network address typed with the on-screen keypad (digits, dot, colon), then 使用 or 取消. No OS keyboard. */
    private Node addressEntry() {
        Label title = AdminTexts.label("", "staff-line");
        title.textProperty().bind(messages.bind("technician.address.title"));
        Label typed = AdminTexts.label("technician-address", "technician-address");
        typed.textProperty().bind(viewModel.address());
        NumericKeypad keypad = new NumericKeypad(digit -> viewModel.typeAddress((char) ('0' + digit)),
                viewModel::clearAddress, viewModel::deleteAddress, messages);
        keypad.getStyleClass().add("technician-keypad");
        Button dot = addressKey("technician-address-dot", ".");
        Button colon = addressKey("technician-address-colon", ":");
        Button use = AdminTexts.button("technician-address-use", messages, "technician.address.use", "staff-action",
                "staff-primary");
        use.setOnAction(event -> viewModel.useAddress());
        Button cancel = AdminTexts.button("technician-address-cancel", messages, "technician.address.cancel",
                "staff-action");
        cancel.setOnAction(event -> viewModel.closeAddress());
        VBox side = new VBox(dot, colon, use, cancel);
        side.getStyleClass().add("technician-address-side");
        HBox keys = new HBox(keypad, side);
        keys.getStyleClass().add("staff-row");
        VBox entry = new VBox(title, typed, keys);
        entry.setId("technician-address-entry");
        entry.getStyleClass().add("technician-address-entry");
        return entry;
    }

    private Button addressKey(String id, String key) {
        Button button = new Button(key);
        button.setId(id);
        button.getStyleClass().addAll("keypad-key", "keypad-digit");
        button.setFocusTraversable(false);
        button.setOnAction(event -> viewModel.typeAddress(key.charAt(0)));
        return button;
    }

    private void fillPorts() {
        String chosenPort = portOf(viewModel.spec(viewModel.slot().get()).get());
        ports.getChildren().clear();
        List<String> offered = new ArrayList<>(viewModel.ports());
        if (chosenPort != null && !offered.contains(chosenPort)) {
            offered.add(chosenPort); // e.g. a network address just typed
        }
        for (String port : offered) {
            Button button = choice("technician-port-" + port.replaceAll("[^A-Za-z0-9]", "_"), port,
                    port.equals(chosenPort));
            button.setOnAction(event -> viewModel.choosePort(port));
            ports.getChildren().add(button);
        }
        bauds.getChildren().clear();
        if (viewModel.serialChosen()) {
            for (int baud : TechnicianViewModel.BAUDS) {
                Button button = choice("technician-baud-" + baud, Integer.toString(baud), baud == viewModel.currentBaud());
                button.setOnAction(event -> viewModel.chooseBaud(baud));
                bauds.getChildren().add(button);
            }
        } else {
            Label none = AdminTexts.label("technician-no-baud", "staff-hint");
            none.textProperty().bind(messages.bind("technician.noBaud"));
            bauds.getChildren().add(none);
        }
    }

    /** On the printer's tab: paper width 58 / 80 mm, and whether the printer draws the QR code or gets an image. */
    private void fillPrinterChoices() {
        PrinterSettings chosen = viewModel.printerSettings().get();
        printerChoices.getChildren().clear();
        for (int width : new int[] {PrinterSettings.NARROW, PrinterSettings.WIDE}) {
            Button button = choice("technician-paper-" + width, messages.get("technician.paperWidth", width),
                    chosen.paperWidth() == width);
            button.setOnAction(event -> viewModel.choosePaperWidth(width));
            printerChoices.getChildren().add(button);
        }
        for (boolean nativeQr : new boolean[] {true, false}) {
            Button button = choice("technician-qr-" + (nativeQr ? "native" : "image"),
                    messages.get(nativeQr ? "technician.qr.native" : "technician.qr.image"), chosen.nativeQr() == nativeQr);
            button.setOnAction(event -> viewModel.chooseNativeQr(nativeQr));
            printerChoices.getChildren().add(button);
        }
    }

    private static Button choice(String id, String text, boolean chosen) {
        Button button = new Button(text);
        button.setId(id.toLowerCase(Locale.ROOT));
        button.getStyleClass().add("technician-choice");
        button.setFocusTraversable(false);
        button.pseudoClassStateChanged(CHOSEN, chosen);
        if (chosen) {
            button.setGraphic(Icons.CHECK.create(28, "staff-tab-check"));
        }
        return button;
    }

    private static String portOf(String spec) {
        try {
            return DeviceChecks.portOf(spec);
        } catch (RuntimeException e) {
            return spec;
        }
    }
}
