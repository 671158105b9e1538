package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.await;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.recognition.WorkerCodePrinter;
import org.lingong.kiosk.shell.StationNameViewModel;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole kiosk context (its own wiring, no hand-made parts) on the real platform: a station name set in the
 * console reaches the next worker-code slip and the top bar's name (on the JavaFX thread) through the heartbeat,
 * without a restart; emptying it in the console brings back the kiosk's own ({@code --kiosk.station.name}), also live.
 * The station code never changes.
 */
class StationNameOnRunningKioskTest {

    private static final String OWN_NAME = "测试驿站";
    private static final String NEW_NAME = "海拉尔东路零工驿站";

    @TempDir
    Path temp;

    /** The top bar's name changes on the JavaFX thread (headless Monocle in the test run). */
    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // one toolkit per JVM
        }
    }

    @Test
    void theConsolesStationNameReachesTheNextSlipAndTheTopBarAndEmptyingItBringsBackTheKiosksOwn() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO,
                        temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            await("the printer ready", () -> kiosk.getBean(DriverStatusSource.class).snapshot().stream()
                    .anyMatch(status -> status.kind() == DeviceKind.PRINTER && status.state() == DeviceState.READY));
            String page = "console/terminals/"
                    + kiosk.getBean(BackendClient.class).identity().orElseThrow().terminalId() + "/remote";
            CurrentStation station = kiosk.getBean(CurrentStation.class);
            StationNameViewModel topBar = kiosk.getBean(StationNameViewModel.class);
            EscPosPrinterSimulator printer = kiosk.getBean(DemoSimulators.class).printer();
            assertThat(workerCodeSlip(kiosk, printer).transcript()).contains(OWN_NAME);
            assertThat(onFx(() -> topBar.nameProperty().get())).isEqualTo(OWN_NAME);

            assertThat(platform.consoleForm(page, page + "/settings", Map.of("stationName", NEW_NAME))).isEqualTo(200);
            await("the new name in force", () -> station.name().equals(NEW_NAME));

            assertThat(workerCodeSlip(kiosk, printer).transcript()).contains(NEW_NAME).doesNotContain(OWN_NAME);
            await("the top bar renamed", () -> onFx(() -> topBar.nameProperty().get()).equals(NEW_NAME));
            assertThat(station.code()).isEqualTo(PlatformUnderTest.DEMO_STATION);

            assertThat(platform.consoleForm(page, page + "/settings", Map.of("idleTimeout", "60"))).isEqualTo(200);
            await("the kiosk's own name back", () -> station.name().equals(OWN_NAME));

            assertThat(workerCodeSlip(kiosk, printer).transcript()).contains(OWN_NAME).doesNotContain(NEW_NAME);
            await("the top bar back", () -> onFx(() -> topBar.nameProperty().get()).equals(OWN_NAME));
        }
    }

    private static PrintedReceipt workerCodeSlip(ConfigurableApplicationContext kiosk, EscPosPrinterSimulator printer)
            throws Exception {
        int before = printer.receipts().size();
        assertThat(kiosk.getBean(WorkerCodePrinter.class).print("WK7Q2M9X", "张*")).isEmpty();
        return printer.awaitReceipt(before + 1, Duration.ofSeconds(30)).orElseThrow();
    }

    /** Reads on the JavaFX thread, where the property lives. */
    private static <T> T onFx(java.util.function.Supplier<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> value.complete(read.get()));
        return value.get(30, TimeUnit.SECONDS);
    }
}
