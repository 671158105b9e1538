package org.lingong.kiosk.staff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.status.DeviceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 打印纸 tab: the printer's state in words (paper near end, paper out, …), 打印测试页, and 已换纸, which clears the
 * printer alerts and reads the state again. {@link #printerWords()} and {@link #result()} are message keys.
 * An action's message speaks of the printer's state when it settled: once the printer is read in another state
 * ({@link #printerChanged()}), the message goes, so "测试页已打印" never stands beside 缺纸. JavaFX thread only.
 */
public final class PaperViewModel implements AdminScoped {

    private static final Logger log = LoggerFactory.getLogger(PaperViewModel.class);

    private final StaffPrinter printer;
    private final StaffAlerts alerts;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<String> printerWords = new ReadOnlyObjectWrapper<>(this, "printerWords",
            "status.state.unknown");
    private final ReadOnlyObjectWrapper<DeviceState> printerState = new ReadOnlyObjectWrapper<>(this, "printerState",
            DeviceState.UNKNOWN);
    private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");
    /** The printer's words the current result speaks of; {@code null} until the read after the action settles it. */
    private String resultWords;
    private boolean acting;

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
        resultWords = null;
    }

    /** The running printer reported a new state: it is read again, and a message about the old state goes. */
    public void printerChanged() {
        refresh();
    }

    public void refresh() {
        executor.submit(printer::readStatus, this::show, this::unreachable);
    }

    public void printTestPage() {
        if (acting) {
            return;
        }
        acting = true;
        resultWords = null;
        result.set("staff.paper.printing");
        executor.submit(printer::printTestPage, printed -> {
            acting = false;
            if (printed instanceof PrintResult.NotPrinted refused) {
                show(refused.status());
                settle("staff.paper.testNotPrinted", printerWords.get());
            } else {
                settle("staff.paper.testPrinted", null);
                refresh();
            }
        }, error -> {
            acting = false;
            unreachable(error);
            settle("staff.paper.testNotPrinted", printerWords.get());
        });
    }

    /** {@code words}: the state the message speaks of, or {@code null} for the state the next read finds. */
    private void settle(String key, String words) {
        result.set(key);
        resultWords = words;
    }

    /** Staff put in a new roll: printer alerts are done with; the state is read again. */
    public void paperReplaced() {
        alerts.open().stream().filter(alert -> alert.kind() == StaffAlertKind.PRINTER)
                .forEach(alert -> alerts.acknowledge(alert.id()));
        log.info("Staff replaced the paper roll");
        settle("staff.paper.replaced", null);
        refresh();
    }

    private void show(PrinterStatus status) {
        words(PrinterWords.key(status));
        printerState.set(status.blockingCondition().isPresent() ? DeviceState.OFFLINE
                : status.warnings().isEmpty() ? DeviceState.READY : DeviceState.ATTENTION);
    }

    private void unreachable(Throwable error) {
        log.warn("Printer status not read: {}", error.toString());
        words("status.printer.noReply");
        printerState.set(DeviceState.OFFLINE);
    }

    private void words(String key) {
        printerWords.set(key);
        if (acting || result.get().isEmpty()) {
            return;
        }
        if (resultWords == null) {
            resultWords = key;
        } else if (!resultWords.equals(key)) {
            forgetResult();
        }
    }

    @Override
    public void clearSession() {
        acting = false;
        resultWords = null;
        result.set("");
        printerWords.set("status.state.unknown");
        printerState.set(DeviceState.UNKNOWN);
    }
}
