package org.lingong.kiosk.technician;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.referral.OfficePrinter;
import org.lingong.kiosk.referral.OfficePrinterChoice;

/**
 * The technician's choice of the office A4 printer: 查找打印机 lists what CUPS knows ({@code lpstat -e}), a tap on one
 * keeps it. {@link #message()} is an i18n key with {@link #detail()} as its argument. JavaFX thread only.
 */
public final class OfficePrinterViewModel {

    private final OfficePrinter printer;
    private final OfficePrinterChoice choice;
    private final TaskExecutor executor;
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper(this, "chosen", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    public OfficePrinterViewModel(OfficePrinter printer, OfficePrinterChoice choice, TaskExecutor executor) {
        this.printer = printer;
        this.choice = choice;
        this.executor = executor;
    }

    /** Reads the current choice (the screen was opened). */
    public void refresh() {
        executor.submit(() -> choice.get().orElse(""), chosen::set, failure -> chosen.set(""));
    }

    public void findPrinters() {
        executor.submit(printer::printers, found -> {
            printers.setAll(found);
            say(found.isEmpty() ? "technician.a4.noPrinters" : "", "");
        }, failure -> {
            printers.clear();
            say("technician.a4.failed", failure.getMessage());
        });
    }

    public void choose(String name) {
        executor.submit(() -> {
            choice.set(name);
            return name;
        }, saved -> {
            chosen.set(saved);
            say("technician.a4.saved", saved);
        }, failure -> say("technician.a4.failed", failure.getMessage()));
    }

    private void say(String key, String argument) {
        detail.set(argument);
        message.set(key);
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ReadOnlyStringProperty chosen() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detail() {
        return detail.getReadOnlyProperty();
    }
}
