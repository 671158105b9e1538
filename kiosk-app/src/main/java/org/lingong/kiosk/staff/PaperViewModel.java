package org.lingong.kiosk.staff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.status.DeviceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 打印纸 tab: the printer's state in words (paper near end, paper out, …), 打印测试页, and 已换纸, which clears the
 * printer alerts and reads the state again. {@link #printerWords()} and {@link #result()} are message keys.
 * JavaFX thread only.
 */
public final class PaperViewModel implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(PaperViewModel.class);

    private final StaffPrinter printer;
    private final StaffAlerts alerts;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<String> printerWords = new ReadOnlyObjectWrapper<>(this, "printerWords",
            "status.state.unknown");
    private final ReadOnlyObjectWrapper<DeviceState> printerState = new ReadOnlyObjectWrapper<>(this, "printerState",
            DeviceState.UNKNOWN);
    private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");

    public PaperViewModel(StaffPrinter printer, StaffAlerts alerts, TaskExecutor executor) {
        this.printer = printer;
        this.alerts = alerts;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<String> printerWords() {
        return printerWords.getReadOnlyProperty();
    }

    /** The printer's state for its icon: ready, attention (paper near end), offline (blocked), unknown. */
    public ReadOnlyObjectProperty<DeviceState> printerState() {
        return printerState.getReadOnlyProperty();
    }

    /** What the last action came to (message key), empty before any. */
    public ReadOnlyObjectProperty<String> result() {
        return result.getReadOnlyProperty();
    }

    /** Drops the last action's message (it spoke of a state that may be gone). */
    public void forgetResult() {
        result.set("");
    }

    public void refresh() {
        executor.submit(printer::readStatus, this::show, this::unreachable);
    }

    public void printTestPage() {
        result.set("staff.paper.printing");
        executor.submit(printer::printTestPage, printed -> {
            if (printed instanceof PrintResult.NotPrinted refused) {
                show(refused.status());
                result.set("staff.paper.testNotPrinted");
            } else {
                result.set("staff.paper.testPrinted");
                refresh();
            }
        }, error -> {
            unreachable(error);
            result.set("staff.paper.testNotPrinted");
        });
    }

    /** Staff put in a new roll: printer alerts are done with; the state is read again. */
    public void paperReplaced() {
        alerts.open().stream().filter(alert -> alert.kind() == StaffAlertKind.PRINTER)
                .forEach(alert -> alerts.acknowledge(alert.id()));
        log.info("Staff replaced the paper roll");
        result.set("staff.paper.replaced");
        refresh();
    }

    private void show(PrinterStatus status) {
        printerWords.set(PrinterWords.key(status));
        printerState.set(status.blockingCondition().isPresent() ? DeviceState.OFFLINE
                : status.warnings().isEmpty() ? DeviceState.READY : DeviceState.ATTENTION);
    }

    private void unreachable(Throwable error) {
        log.warn("Printer status not read: {}", error.toString());
        printerWords.set("status.printer.noReply");
        printerState.set(DeviceState.OFFLINE);
    }

    @Override
    public void clearSession() {
        result.set("");
        printerWords.set("status.state.unknown");
        printerState.set(DeviceState.UNKNOWN);
    }
}
