package org.lingong.kiosk.staff;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.referral.A4Slips;
import org.lingong.kiosk.referral.OfficePrinter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.referral.ReprintResult;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.session.AdminScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 补打推荐单 tab: the recent slips (masked data only) with 补打 for each. {@link #result()} is a message key with
 * the slip number in {@link #resultSlip()}. The list is session data: wiped with the session. JavaFX thread only.
 */
public final class ReprintViewModel implements AdminScoped {

    /** How many slips the list shows. */
    public static final int LIMIT = 7;

    private static final Logger log = LoggerFactory.getLogger(ReprintViewModel.class);

    private final SlipReprints reprints;
    private final TaskExecutor executor;
    private final ObservableList<SlipRecord> slips = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");
    private final ReadOnlyObjectWrapper<String> resultSlip = new ReadOnlyObjectWrapper<>(this, "resultSlip", "");

    private final @Nullable A4Slips a4;

    public ReprintViewModel(SlipReprints reprints, TaskExecutor executor) {
        this(reprints, executor, null);
    }

    /** With {@code a4}, each slip can also go to the office A4 printer or be saved as a PDF. */
    public ReprintViewModel(SlipReprints reprints, TaskExecutor executor, @Nullable A4Slips a4) {
        this.reprints = reprints;
        this.executor = executor;
        this.a4 = a4;
    }

    public boolean a4Available() {
        return a4 != null;
    }

    /** The slip on the office A4 printer the technician chose. */
    public void printA4(String slipNumber) {
        if (a4 == null) {
            return;
        }
        say("staff.reprint.printing", slipNumber);
        executor.submit(() -> a4.print(slipNumber), outcome -> say(switch (outcome) {
            case NO_PRINTER_CHOSEN -> "staff.reprint.a4NoPrinter";
            case UNKNOWN_SLIP -> "staff.reprint.unknownSlip";
            default -> "staff.reprint.a4Printed";
        }, slipNumber), error -> {
            log.warn("A4 print of slip {} failed: {}", slipNumber, error.getMessage());
            say("staff.reprint.a4Failed", error instanceof OfficePrinter.OfficePrintException ? error.getMessage() : slipNumber);
        });
    }

    /** The slip saved as a PDF; the message names the file. */
    public void savePdf(String slipNumber) {
        if (a4 == null) {
            return;
        }
        executor.submit(() -> a4.save(slipNumber) == A4Slips.Outcome.SAVED
                ? a4.file(slipNumber).toString() : null, file -> {
            if (file == null) {
                say("staff.reprint.unknownSlip", slipNumber);
            } else {
                say("staff.reprint.pdfSaved", file);
            }
        }, error -> {
            log.warn("PDF of slip {} not saved: {}", slipNumber, error.toString());
            say("staff.reprint.failed", slipNumber);
        });
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
