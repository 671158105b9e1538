package org.lingong.kiosk.technician;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.staff.AdminTexts;

/** The technician screen's A4 printer row: the current choice, 查找打印机, and the printers found as buttons. */
final class OfficePrinterPane extends VBox {

    OfficePrinterPane(OfficePrinterViewModel viewModel, Messages messages) {
        getStyleClass().add("technician-a4");
        Label chosen = AdminTexts.label("technician-a4-chosen", "staff-line");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.chosen().get().isEmpty()
                ? messages.get("technician.a4.none") : messages.get("technician.a4.chosen", viewModel.chosen().get()),
                viewModel.chosen(), messages.languageProperty()));
        Button find = AdminTexts.button("technician-a4-find", messages, "technician.a4.list", "staff-action");
        find.setOnAction(event -> viewModel.findPrinters());
        FlowPane found = new FlowPane(8, 8);
        Runnable fill = () -> found.getChildren().setAll(viewModel.printers().stream().map(name -> {
            Button pick = new Button(name);
            pick.setId("technician-a4-printer-" + name);
            pick.getStyleClass().add("technician-choice");
            pick.setFocusTraversable(false);
            pick.setOnAction(event -> viewModel.choose(name));
            return pick;
        }).toList());
        viewModel.printers().addListener((ListChangeListener<String>) change -> fill.run());
        Label message = AdminTexts.hideWhenEmpty(AdminTexts.label("technician-a4-message", "staff-message"));
        message.textProperty().bind(Bindings.createStringBinding(() -> viewModel.message().get().isEmpty() ? ""
                : messages.get(viewModel.message().get(), viewModel.detail().get()), viewModel.message(),
                viewModel.detail(), messages.languageProperty()));
        message.setWrapText(true);
        getChildren().addAll(chosen, find, found, message);
    }
}
