package org.lingong.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.CardPoller;
import org.lingong.devices.idcard.ReadMode;
import org.lingong.devices.idcard.SamReaderSession;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.transport.Transport;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;

/** The panel's view model against real simulators, synchronously (the printer driver is built but never opened). */
class DemoPanelViewModelTest {

    private final DemoSimulators simulators = new DemoSimulators(PrinterProfile.paper58());
    private final ReceiptPrinterDevice printer = new ReceiptPrinterDevice(ManagedDevice.builder("printer",
            simulators.forSimulator("printer"), ReceiptPrinterDevice.sessionFactory(PrinterProfile.paper58(),
                    Duration.ofMillis(500))).build(), ReceiptPrinterDevice.DEFAULT_STATUS_INTERVAL, Runnable::run);
    private final DemoPanelViewModel viewModel = new DemoPanelViewModel(simulators, printer,
            new CurrentThreadTaskExecutor());

    @AfterEach
    void close() {
        printer.close();
        simulators.close();
    }

    @Test
    void everyFictionalCardIsOfferedWithAMaskedNameAndItsTypesWords() {
        assertThat(viewModel.cards()).hasSize(FictionalCards.ALL.size());
        assertThat(DemoPanelViewModel.maskedName(FictionalCards.MONGOLIAN_WORKER)).isEqualTo("巴*例");
        assertThat(DemoPanelViewModel.cardTypeKey(FictionalCards.HMT_HONG_KONG)).isEqualTo("demo.cardType.hmt_residence");
    }

    @Test
    void placingAndRemovingACardFollowsTheReader() {
        viewModel.place(FictionalCards.RESIDENT);
        assertThat(viewModel.cardOnReaderProperty().get()).isSameAs(FictionalCards.RESIDENT);

        viewModel.removeCard();
        assertThat(viewModel.cardOnReaderProperty().get()).isNull();
    }

    @Test
    void aCardLaidOverTheOneOnTheReaderIsReadAsANewCard() throws Exception {
        try (Transport transport = simulators.forSimulator("idcard").create()) {
            CardPoller poller = new CardPoller(new SamReaderSession(transport), ReadMode.TEXT_PHOTO);
            viewModel.place(FictionalCards.RESIDENT);
            assertThat(placedDocumentNumbers(poller.pollOnce())).containsExactly(FictionalCards.RESIDENT.documentNumber());

            viewModel.place(FictionalCards.MONGOLIAN_WORKER);

            List<CardEvent> events = poller.pollOnce();
            assertThat(events).first().isInstanceOf(CardEvent.CardRemoved.class);
            assertThat(placedDocumentNumbers(events)).containsExactly(FictionalCards.MONGOLIAN_WORKER.documentNumber());
        }
    }

    private static List<String> placedDocumentNumbers(List<CardEvent> events) {
        return events.stream().filter(CardEvent.CardPlaced.class::isInstance)
                .map(event -> ((CardEvent.CardPlaced) event).card().documentNumber()).toList();
    }

    @Test
    void aTypedCodeIsQueuedOnTheScannerAndBlankTextIsIgnored() {
        viewModel.codeToScanProperty().set("   ");
        viewModel.scanTypedCode();
        assertThat(simulators.scanner().pendingScans()).isZero();

        viewModel.codeToScanProperty().set(" LGJ.J-7701 ");
        viewModel.scanTypedCode();
        viewModel.scan(DemoPanelViewModel.SAMPLE_REFERRAL);
        assertThat(simulators.scanner().pendingScans()).isEqualTo(2);
    }

    @Test
    void aPrinterStateChoiceSetsTheSimulatorsState() {
        viewModel.setPrinterState(PrinterStateChoice.PAPER_OUT);
        assertThat(simulators.printer().state()).isEqualTo(SimulatedPrinterState.PAPER_OUT);
        assertThat(viewModel.printerStateProperty().get()).isEqualTo(PrinterStateChoice.PAPER_OUT);

        viewModel.setPrinterState(PrinterStateChoice.NO_REPLY);
        assertThat(simulators.printer().state()).isEqualTo(SimulatedPrinterState.SILENT);
    }

    @Test
    void eachPrintedReceiptBecomesTheLatestImage() throws Exception {
        assertThat(viewModel.latestReceiptPng()).isEmpty();

        simulators.printer().interpret(new ReceiptLayout(PrinterProfile.paper58())
                .referralSlip(SampleSlip.text()).bytes());

        assertThat(viewModel.receiptCountProperty().get()).isEqualTo(1);
        byte[] png = viewModel.latestReceiptPng().orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(PrinterProfile.paper58().printableDots());
    }
}
