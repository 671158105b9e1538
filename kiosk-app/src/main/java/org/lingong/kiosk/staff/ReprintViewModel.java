package org.lingong.kiosk.staff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.referral.ReprintResult;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 补打推荐单 tab: the recent slips (masked data only) with 补打 for each. {@link #result()} is a message key with
 * the slip number in {@link #resultSlip()}. The list is session data: wiped with the session. JavaFX thread only.
 */
public final class ReprintViewModel implements SessionScoped {

    /** How many slips the list shows. */
    public static final int LIMIT = 7;

    private static final Logger log = LoggerFactory.getLogger(ReprintViewModel.class);

    private final SlipReprints reprints;
    private final TaskExecutor executor;
    private final ObservableList<SlipRecord> slips = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");
    private final ReadOnlyObjectWrapper<String> resultSlip = new ReadOnlyObjectWrapper<>(this, "resultSlip", "");

    public ReprintViewModel(SlipReprints reprints, TaskExecutor executor) {
        this.reprints = reprints;
        this.executor = executor;
    }

    public ObservableList<SlipRecord> slips() {
        return slips;
    }

    public ReadOnlyObjectProperty<String> result() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> resultSlip() {
        return resultSlip.getReadOnlyProperty();
    }

    /** Drops the last action's message (it spoke of a state that may be gone). */
    public void forgetResult() {
        result.set("");
    }

    public void refresh() {
        executor.submit(() -> reprints.recent(LIMIT), slips::setAll, error -> {
            log.warn("Slip list not read: {}", error.toString());
            slips.clear();
            say("staff.reprint.listFailed", "");
        });
    }

    public void reprint(String slipNumber) {
        say("staff.reprint.printing", slipNumber);
        executor.submit(() -> reprints.reprint(slipNumber), outcome -> {
            say(switch (outcome) {
                case PRINTED -> "staff.reprint.printed";
                case PRINTER_NOT_READY -> "staff.reprint.printerNotReady";
                case UNKNOWN_SLIP -> "staff.reprint.unknownSlip";
            }, slipNumber);
            if (outcome == ReprintResult.PRINTED) {
                refresh();
            }
        }, error -> {
            log.warn("Reprint failed: {}", error.toString());
            say("staff.reprint.failed", slipNumber);
        });
    }

    private void say(String key, String slipNumber) {
        resultSlip.set(slipNumber);
        result.set(key);
    }

    @Override
    public void clearSession() {
        slips.clear();
        say("", "");
    }
}
