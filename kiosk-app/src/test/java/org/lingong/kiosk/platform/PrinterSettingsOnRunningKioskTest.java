package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.await;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javafx.application.Platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.staff.StaffPrinter;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole kiosk context (its own wiring, no hand-made parts) on the real platform: a paper width and QR mode set in
 * the console reach the printed test page through the heartbeat, without a restart; emptying them in the console
 * brings back the kiosk's own (80 mm, native QR from {@code config/kiosk.yml}), also live.
 */
class PrinterSettingsOnRunningKioskTest {

    @TempDir
    Path temp;

    /** The demo panel shows each printed receipt on the JavaFX thread (headless Monocle in the test run). */
    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // one toolkit per JVM
        }
    }

    @Test
    void theConsolesPaperWidthAndQrModeReachTheNextSlipAndEmptyingThemBringsBackTheKiosksOwn() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            await("the printer ready", () -> kiosk.getBean(DriverStatusSource.class).snapshot().stream()
                    .anyMatch(status -> status.kind() == DeviceKind.PRINTER && status.state() == DeviceState.READY));
            String page = "console/terminals/" + kiosk.getBean(BackendClient.class).identity().orElseThrow().terminalId()
                    + "/remote";
            CurrentPrinterProfile inForce = kiosk.getBean(CurrentPrinterProfile.class);
            EscPosPrinterSimulator printer = kiosk.getBean(DemoSimulators.class).printer();
            assertThat(widestRule(testPage(kiosk, printer))).isEqualTo(48);

            assertThat(platform.consoleForm(page, page + "/settings", Map.of("paperWidth", "58", "nativeQr", "false")))
                    .isEqualTo(200);
            await("58 mm in force", () -> inForce.get().paperWidthMm() == 58);

            PrintedReceipt narrow = testPage(kiosk, printer);
            assertThat(widestRule(narrow)).isEqualTo(32);
            assertThat(narrow.elements()).hasAtLeastOneElementOfType(ReceiptElement.Raster.class)
                    .noneMatch(ReceiptElement.QrCode.class::isInstance);

            assertThat(platform.consoleForm(page, page + "/settings", Map.of("idleTimeout", "60"))).isEqualTo(200);
            await("the kiosk's own 80 mm back", () -> inForce.get().paperWidthMm() == 80);

            PrintedReceipt own = testPage(kiosk, printer);
            assertThat(widestRule(own)).isEqualTo(48);
            assertThat(own.elements()).hasAtLeastOneElementOfType(ReceiptElement.QrCode.class)
                    .noneMatch(ReceiptElement.Raster.class::isInstance);
        }
    }

    private static PrintedReceipt testPage(ConfigurableApplicationContext kiosk, EscPosPrinterSimulator printer)
            throws Exception {
        int before = printer.receipts().size();
        assertThat(kiosk.getBean(StaffPrinter.class).printTestPage()).isInstanceOf(PrintResult.Printed.class);
        return printer.awaitReceipt(before + 1, Duration.ofSeconds(30)).orElseThrow();
    }

    private static int widestRule(PrintedReceipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.TextLine.class::isInstance)
                .map(e -> ((ReceiptElement.TextLine) e).text())
                .filter(text -> !text.isEmpty() && text.chars().allMatch(c -> c == '-'))
                .mapToInt(PrinterText::columns).max().orElse(0);
    }
}
