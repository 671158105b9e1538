package org.lingong.kiosk.staff;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.lingong.kiosk.theme.RowOrColumn;

/** The staff screen's five panes, each bound to its view model. */
final class StaffPanes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final StaffViewModel viewModel;
    private final Messages messages;

    StaffPanes(StaffViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    Node health() {
        HealthViewModel health = viewModel.health();
        VBox pane = pane("staff.tab.health");
        StatusBarViewModel devices = health.devices();
        for (DeviceKind kind : DeviceKind.values()) {
            Label row = AdminTexts.label("staff-device-" + kind.name().toLowerCase(Locale.ROOT), "staff-line");
            row.textProperty().bind(AdminTexts.text(messages, () -> messages.get("status.item",
                    messages.get(kind.labelKey()), messages.get(devices.wordsKeyProperty(kind).get())),
                    devices.wordsKeyProperty(kind)));
            row.setGraphic(AdminTexts.stateIcon(devices.stateProperty(kind).get()));
            devices.stateProperty(kind).addListener((obs, old, now) -> row.setGraphic(AdminTexts.stateIcon(now)));
            row.setGraphicTextGap(14);
            pane.getChildren().add(row);
        }
        Label terminal = AdminTexts.label("staff-terminal", "staff-line");
        terminal.textProperty().bind(AdminTexts.text(messages, () -> health.terminalId().get().isEmpty()
                ? messages.get("staff.health.notEnrolled") : messages.get("staff.health.terminal", health.terminalId().get()),
                health.terminalId()));
        Label outbox = AdminTexts.label("staff-outbox", "staff-line");
        outbox.textProperty().bind(AdminTexts.text(messages, () -> health.snapshot().get() == null ? ""
                : messages.get("staff.health.outbox", health.snapshot().get().pending(), health.snapshot().get().parked()),
                health.snapshot()));
        Button resend = AdminTexts.button("staff-resend", messages, "staff.health.resend", "staff-action");
        resend.setOnAction(event -> health.retryParked());
        Label resent = AdminTexts.hideWhenEmpty(AdminTexts.label("staff-resend-result", "staff-message"));
        resent.textProperty().bind(AdminTexts.keyed(messages, health.result(), health.resent()));
        AdminTexts.toned(resent, health.result(), Set.of("staff.health.resent"), Set.of("staff.health.resendFailed"));
        Label catalog = AdminTexts.label("staff-catalog", "staff-line");
        catalog.textProperty().bind(AdminTexts.text(messages, () -> health.catalogTime().get().isEmpty()
                ? messages.get("staff.health.catalogNever") : messages.get("staff.health.catalog", health.catalogTime().get()),
                health.catalogTime()));
        Label clockSkew = AdminTexts.hideWhenEmpty(AdminTexts.label("staff-clock", "staff-line"));
        clockSkew.textProperty().bind(AdminTexts.keyed(messages, health.clockKey(), health.clockMinutes()));
        Label version = AdminTexts.label("staff-version", "staff-line");
        version.textProperty().bind(messages.bind("staff.health.version", Bindings.createStringBinding(health::appVersion)));
        HBox outboxRow = new HBox(outbox, resend);
        outboxRow.getStyleClass().add("staff-row");
        pane.getChildren().addAll(terminal, outboxRow, resent, catalog, clockSkew, version);
        return pane;
    }

    Node paper() {
        PaperViewModel paper = viewModel.paper();
        VBox pane = pane("staff.tab.paper");
        Label state = AdminTexts.label("staff-printer-state", "staff-big-line");
        state.textProperty().bind(AdminTexts.text(messages, () -> messages.get("status.item",
                messages.get(DeviceKind.PRINTER.labelKey()), messages.get(paper.printerWords().get())),
                paper.printerWords()));
        state.setGraphic(AdminTexts.stateIcon(paper.printerState().get()));
        paper.printerState().addListener((obs, old, now) -> state.setGraphic(AdminTexts.stateIcon(now)));
        state.setGraphicTextGap(16);
        Button test = AdminTexts.button("staff-print-test", messages, "staff.paper.printTest", "staff-action");
        test.setOnAction(event -> paper.printTestPage());
        viewModel.health().devices().wordsKeyProperty(DeviceKind.PRINTER)
                .addListener((obs, old, now) -> viewModel.printerChanged());
        Button replaced = AdminTexts.button("staff-paper-replaced", messages, "staff.paper.replacedButton",
                "staff-action");
        replaced.setOnAction(event -> paper.paperReplaced());
        Label result = AdminTexts.hideWhenEmpty(AdminTexts.label("staff-paper-result", "staff-message"));
        result.textProperty().bind(AdminTexts.keyed(messages, paper.result(), paper.result()));
        AdminTexts.toned(result, paper.result(), Set.of("staff.paper.testPrinted", "staff.paper.replaced"),
                Set.of("staff.paper.testNotPrinted"));
        Label hint = AdminTexts.label("", "staff-hint");
        hint.textProperty().bind(messages.bind("staff.paper.hint"));
        pane.getChildren().addAll(state, hint, row(test, replaced), result);
        return pane;
    }

    Node today() {
        TodayViewModel today = viewModel.today();
        VBox pane = pane("staff.tab.today");
        VBox rows = new VBox();
        rows.getStyleClass().add("staff-rows");
        // the platform's figures of the whole station in a column of their own, beside this kiosk's
        VBox stationRows = new VBox();
        stationRows.getStyleClass().add("staff-rows");
        Runnable fill = () -> {
            rows.getChildren().setAll(figureLines(today, false));
            stationRows.getChildren().setAll(figureLines(today, true));
        };
        today.figures().addListener((ListChangeListener<TodayViewModel.Figure>) change -> fill.run());
        // side by side in landscape; in portrait the panel is too narrow for two columns of labels
        RowOrColumn columns = new RowOrColumn("staff-today-columns");
        columns.setParts(rows, stationRows);
        pane.getChildren().add(columns);
        return pane;
    }

    private List<Node> figureLines(TodayViewModel today, boolean stationWide) {
        return today.figures().stream().filter(figure -> TodayViewModel.stationWide(figure) == stationWide)
                .map(figure -> {
                    Label line = AdminTexts.label("staff-figure-" + figure.labelKey().substring("staff.today.".length()),
                            "staff-line");
                    line.textProperty().bind(messages.bind(figure.labelKey(),
                            Bindings.createObjectBinding(figure::value)));
                    return (Node) line;
                }).toList();
    }

    Node reprints() {
        ReprintViewModel reprints = viewModel.reprints();
        VBox pane = pane("staff.tab.reprint");
        // keeps its line while empty, so that the rows below never move under the finger when a result shows
        Label result = AdminTexts.label("staff-reprint-result", "staff-message");
        result.textProperty().bind(AdminTexts.keyed(messages, reprints.result(), reprints.resultSlip()));
        AdminTexts.toned(result, reprints.result(), Set.of("staff.reprint.printed", "staff.reprint.a4Printed",
                "staff.reprint.pdfSaved"), Set.of("staff.reprint.a4NoPrinter", "staff.reprint.a4Failed",
                "staff.reprint.printerNotReady", "staff.reprint.unknownSlip", "staff.reprint.failed",
                "staff.reprint.listFailed"));
        VBox rows = new VBox();
        rows.getStyleClass().add("staff-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (reprints.slips().isEmpty()) {
                Label none = AdminTexts.label("staff-reprint-none", "staff-line");
                none.textProperty().bind(messages.bind("staff.reprint.none"));
                rows.getChildren().add(none);
            }
            for (SlipRecord slip : reprints.slips()) {
                rows.getChildren().add(slipRow(slip, reprints));
            }
        };
        fill.run();
        reprints.slips().addListener((ListChangeListener<SlipRecord>) change -> fill.run());
        pane.getChildren().addAll(result, rows);
        return pane;
    }

    private Node slipRow(SlipRecord slip, ReprintViewModel reprints) {
        Label text = AdminTexts.label("", "staff-line");
        text.textProperty().bind(AdminTexts.text(messages, () -> messages.get("staff.reprint.row", slip.slipNumber(),
                slip.jobTitle(), slip.maskedWorker(), TIME.format(slip.issuedAt().atZone(viewModel.health().zone())),
                messages.get(slip.everPrinted() ? "staff.reprint.wasPrinted" : "staff.reprint.notPrinted"))));
        Button again = AdminTexts.button("staff-reprint-" + slip.slipNumber(), messages, "staff.reprint.button",
                "staff-action");
        again.setOnAction(event -> reprints.reprint(slip.slipNumber()));
        if (!reprints.a4Available()) {
            return row(text, again);
        }
        Button a4 = AdminTexts.button("staff-reprint-a4-" + slip.slipNumber(), messages, "staff.reprint.a4Button",
                "staff-action");
        a4.setOnAction(event -> reprints.printA4(slip.slipNumber()));
        Button pdf = AdminTexts.button("staff-reprint-pdf-" + slip.slipNumber(), messages, "staff.reprint.pdfButton",
                "staff-action");
        pdf.setOnAction(event -> reprints.savePdf(slip.slipNumber()));
        HBox actions = new HBox(8, again, a4, pdf);
        actions.getStyleClass().add("staff-reprint-actions");
        return row(text, actions);
    }

    Node alerts() {
        AlertListViewModel alerts = viewModel.alerts();
        VBox pane = pane("staff.tab.alerts");
        VBox rows = new VBox();
        rows.getStyleClass().add("staff-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (alerts.open().isEmpty()) {
                Label none = AdminTexts.label("staff-alerts-none", "staff-line");
                none.textProperty().bind(messages.bind("staff.alerts.none"));
                rows.getChildren().add(none);
            }
            for (StaffAlert alert : alerts.open().subList(0, Math.min(7, alerts.open().size()))) {
                Label text = AdminTexts.label("", "staff-line");
                text.setText(TIME.format(alert.raisedAt().atZone(viewModel.health().zone())) + "  " + alertText(alert));
                boolean handled = alerts.handled().contains(alert.id());
                Button done = AdminTexts.button("staff-alert-done-" + alert.id(), messages,
                        handled ? "staff.alerts.handled" : "staff.alerts.done", "staff-action");
                done.setDisable(handled);
                done.setOnAction(event -> alerts.acknowledge(alert.id()));
                if (handled) {
                    text.getStyleClass().add("staff-line-handled");
                }
                rows.getChildren().add(row(text, done));
            }
        };
        fill.run();
        alerts.open().addListener((ListChangeListener<StaffAlert>) change -> fill.run());
        alerts.handled().addListener((ListChangeListener<Long>) change -> fill.run());
        pane.getChildren().add(rows);
        return pane;
    }

    private String alertText(StaffAlert alert) {
        try {
            return messages.get(alert.messageKey(), alert.detail());
        } catch (MissingResourceException e) {
            return alert.kind() + " " + alert.detail();
        }
    }

    private VBox pane(String titleKey) {
        Label title = AdminTexts.label("", "staff-pane-title");
        title.textProperty().bind(messages.bind(titleKey));
        VBox pane = new VBox(title);
        pane.getStyleClass().add("staff-pane");
        return pane;
    }

    private static HBox row(Node text, Node action) {
        HBox row = new HBox(text, action);
        row.getStyleClass().add("staff-row");
        HBox.setHgrow(text, Priority.ALWAYS);
        if (text instanceof Label label) {
            label.setMaxWidth(Double.MAX_VALUE);
        }
        return row;
    }
}
