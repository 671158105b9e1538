package org.lingong.kiosk.demo;

import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.executor.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the demo simulator panel (a staff and developer tool, not part of the worker's session): places
 * and removes the fictional ID cards, scans codes, sets the printer's state (and has the printer read it at once),
 * prints a sample slip, and follows the printer simulator's receipts (the PNG is rendered off the UI thread).
 * JavaFX thread only, except that receipts may arrive from the simulator's thread.
 */
public final class DemoPanelViewModel {

    /** A sample referral token, as on the sample slip's QR. */
    public static final String SAMPLE_REFERRAL = SampleSlip.SAMPLE_TOKEN;
    /** A sample job poster code. */
    public static final String SAMPLE_JOB_CODE = "LGJOB1:9001";

    private static final String JOB_CODE_PREFIX = "LGJOB1:";

    private static final Logger log = LoggerFactory.getLogger(DemoPanelViewModel.class);

    private final DemoSimulators simulators;
    private final ReceiptPrinterDevice printer;
    private final TaskExecutor executor;
    private final Supplier<Optional<Long>> anyJobId;
    private final ReadOnlyObjectWrapper<@Nullable IdCard> cardOnReader = new ReadOnlyObjectWrapper<>(this, "cardOnReader");
    private final ReadOnlyObjectWrapper<PrinterStateChoice> printerState =
            new ReadOnlyObjectWrapper<>(this, "printerState", PrinterStateChoice.NORMAL);
    private final ReadOnlyObjectWrapper<byte @Nullable []> latestReceiptPng = new ReadOnlyObjectWrapper<>(this, "latestReceiptPng");
    private final ReadOnlyIntegerWrapper receiptCount = new ReadOnlyIntegerWrapper(this, "receiptCount");
    private final StringProperty codeToScan = new SimpleStringProperty(this, "codeToScan", "");

    public DemoPanelViewModel(DemoSimulators simulators, ReceiptPrinterDevice printer, TaskExecutor executor) {
        this(simulators, printer, executor, Optional::empty);
    }

    /**
     * @param anyJobId a job the kiosk can show now (blocking: called off the JavaFX thread), so that the panel's job
     *                 poster scan opens a real job of the current catalog; {@link #SAMPLE_JOB_CODE} when empty
     */
    public DemoPanelViewModel(DemoSimulators simulators, ReceiptPrinterDevice printer, TaskExecutor executor,
            Supplier<Optional<Long>> anyJobId) {
        this.anyJobId = anyJobId;
        this.simulators = simulators;
        this.printer = printer;
        this.executor = executor;
        simulators.printer().addListener(receipt -> executor.runOnUiThread(() -> receiptPrinted(receipt)));
    }

    /** The fictional cards, in panel order. */
    public List<IdCard> cards() {
        return FictionalCards.ALL;
    }

    /** A card's masked name for the panel, e.g. {@code 王*例}. */
    public static String maskedName(IdCard card) {
        return Masking.name(card.displayName());
    }

    /** The message key of a card's type, e.g. 居民身份证. */
    public static String cardTypeKey(IdCard card) {
        return switch (card.cardType()) {
            case RESIDENT -> "demo.cardType.resident";
            case FOREIGNER_2017 -> "demo.cardType.foreigner_2017";
            case HMT_RESIDENCE -> "demo.cardType.hmt_residence";
            case FOREIGNER_2023 -> "demo.cardType.foreigner_2023";
        };
    }

    public void place(IdCard card) {
        simulators.reader().place(card);
        cardOnReader.set(card);
    }

    public void removeCard() {
        simulators.reader().remove();
        cardOnReader.set(null);
    }

    public ReadOnlyObjectProperty<@Nullable IdCard> cardOnReaderProperty() {
        return cardOnReader.getReadOnlyProperty();
    }

    /** The text field's content. */
    public StringProperty codeToScanProperty() {
        return codeToScan;
    }

    /** Scans the text field's code on the serial scanner simulator; blank text is ignored. */
    public void scanTypedCode() {
        scan(codeToScan.get());
    }

    /** Scans a job poster's code for a job the kiosk has now (the first of the catalog), as a poster on the wall would. */
    public void scanJobPoster() {
        executor.submit(anyJobId::get, id -> scan(id.map(n -> JOB_CODE_PREFIX + n).orElse(SAMPLE_JOB_CODE)),
                error -> scan(SAMPLE_JOB_CODE));
    }

    public void scan(String code) {
        if (code != null && !code.isBlank()) {
            simulators.scanner().scan(code.strip());
        }
    }

    /** Puts the printer simulator into {@code choice} and has the driver read the status now (not at its next poll). */
    public void setPrinterState(PrinterStateChoice choice) {
        simulators.printer().setState(choice.simulated());
        printerState.set(choice);
        printer.readStatus().whenComplete((status, error) -> {
            if (error != null) {
                log.debug("printer status read after a demo state change failed: {}", error.toString());
            }
        });
    }

    public ReadOnlyObjectProperty<PrinterStateChoice> printerStateProperty() {
        return printerState.getReadOnlyProperty();
    }

    /** Prints the sample referral slip through the real driver (refused like any job when the printer is not ready). */
    public void printSampleSlip() {
        printer.print(new ReceiptLayout(simulators.printer().profile()).referralSlip(SampleSlip.text()))
                .whenComplete((result, error) -> log.info("Demo sample slip: {}",
                        error != null ? error.toString() : result));
    }

    /** The latest receipt as PNG bytes, null before the first. */
    public ReadOnlyObjectProperty<byte @Nullable []> latestReceiptPngProperty() {
        return latestReceiptPng.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty receiptCountProperty() {
        return receiptCount.getReadOnlyProperty();
    }

    public Optional<byte[]> latestReceiptPng() {
        return Optional.ofNullable(latestReceiptPng.get());
    }

    private void receiptPrinted(PrintedReceipt receipt) {
        receiptCount.set(receipt.number());
        executor.submit(receipt::png, png -> {
            if (receipt.number() == receiptCount.get()) {
                latestReceiptPng.set(png);
            }
        }, error -> log.warn("Receipt #{} could not be rendered: {}", receipt.number(), error.toString()));
    }
}
