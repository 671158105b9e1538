package org.lingong.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.recognition.WorkerCodePrinter;

/**
 * The one holder of the paper width and QR mode: slips printed while it changes again and again on another thread
 * (as the remote configuration does) each come out wholly with the old or wholly with the new settings, decoded by
 * the ESC/POS simulator: 32 columns with a raster QR, or 48 columns with a native one, never a mix.
 */
class CurrentPrinterProfileTest {

    @Test
    void everySlipPrintedWhileTheSettingsChangeIsWhollyOldOrWhollyNew() throws Exception {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper80());
        CurrentPrinterProfile profile = new CurrentPrinterProfile(PrinterProfile.paper80());
        AtomicBoolean changing = new AtomicBoolean(true);
        Thread remote = new Thread(() -> {
            boolean narrow = false;
            while (changing.get()) {
                narrow = !narrow;
                profile.change(narrow ? 58 : 80, !narrow);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "remote-configuration");
        List<PrintedReceipt> printed = new ArrayList<>();
        try (SimulatorServer server = SimulatorServer.start(simulator, 0);
                ReceiptPrinterDevice device = new ReceiptPrinterDevice(ManagedDevice.builder("printer",
                        new TransportSpec.Tcp("127.0.0.1", server.port()).factory(SimulatorTransports.NONE),
                        ReceiptPrinterDevice.sessionFactory(PrinterProfile.paper80(), Duration.ofMillis(500))).build(),
                        ReceiptPrinterDevice.DEFAULT_STATUS_INTERVAL, ForkJoinPool.commonPool())) {
            device.start().get(15, TimeUnit.SECONDS);
            WorkerCodePrinter slips = new WorkerCodePrinter(device, profile, "测试驿站");
            remote.start();
            try {
                for (int i = 0; i < 8; i++) {
                    printed.add(print(slips, simulator));
                }
            } finally {
                changing.set(false);
                remote.join();
            }
            profile.change(58, false);
            printed.add(print(slips, simulator));
            profile.change(80, true);
            printed.add(print(slips, simulator));
        }

        assertThat(printed).allSatisfy(receipt -> {
            boolean narrow = widestRule(receipt) == 32;
            assertThat(widestRule(receipt)).isIn(32, 48);
            assertThat(lineColumns(receipt)).allSatisfy(columns -> assertThat(columns).isLessThanOrEqualTo(narrow ? 32 : 48));
            if (narrow) {
                assertThat(receipt.elements()).hasAtLeastOneElementOfType(ReceiptElement.Raster.class)
                        .noneMatch(ReceiptElement.QrCode.class::isInstance);
            } else {
                assertThat(receipt.elements()).hasAtLeastOneElementOfType(ReceiptElement.QrCode.class)
                        .noneMatch(ReceiptElement.Raster.class::isInstance);
            }
        });
        assertThat(widestRule(printed.get(printed.size() - 2))).isEqualTo(32);
        assertThat(widestRule(printed.get(printed.size() - 1))).isEqualTo(48);
    }

    @Test
    void aWidthOtherThan58Or80IsRefusedAndChangesNothing() {
        CurrentPrinterProfile profile = new CurrentPrinterProfile(PrinterProfile.paper80().withStatusSupported(false));

        assertThatThrownBy(() -> profile.change(66, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(profile.get().paperWidthMm()).isEqualTo(80);
        assertThat(profile.change(58, true).statusSupported()).as("status polling is not the remote's to change").isFalse();
    }

    private static PrintedReceipt print(WorkerCodePrinter slips, EscPosPrinterSimulator simulator) throws Exception {
        int before = simulator.receipts().size();
        assertThat(slips.print("WK7Q2M9X", "张*")).isEmpty();
        return simulator.awaitReceipt(before + 1, Duration.ofSeconds(30)).orElseThrow();
    }

    private static int widestRule(PrintedReceipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.TextLine.class::isInstance)
                .map(e -> ((ReceiptElement.TextLine) e).text())
                .filter(text -> !text.isEmpty() && text.chars().allMatch(c -> c == '-'))
                .mapToInt(PrinterText::columns).max().orElse(0);
    }

    /** Each normal-size line's width in columns (double-size title lines count twice). */
    private static List<Integer> lineColumns(PrintedReceipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.TextLine.class::isInstance)
                .map(ReceiptElement.TextLine.class::cast)
                .map(line -> line.runs().stream().mapToInt(run -> PrinterText.columns(run.text()) * run.widthMul()).sum())
                .toList();
    }
}
