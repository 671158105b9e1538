package org.lingong.kiosk.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.devices.DevicesConfiguration;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.staff.DevicePrinter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.staff.DailyCounters;
import org.lingong.kiosk.staff.StaffAccess;
import org.lingong.testing.MutableClock;

/**
 * Port and baud chosen by taps (a network printer's address on the on-screen keypad), saved to a real file; a network
 * printer is probed over TCP against the printer simulator, and a printer built from the saved file prints there.
 */
class TechnicianViewModelTest {

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");
    private final java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void theMaintenanceExitNeedsASecondTapAndTheSessionsEndDisarmsIt() {
        TechnicianViewModel technician = viewModel(new DevicesFile(folder.resolve("kiosk-devices.yml"), clock));

        technician.exitToMaintenance();
        assertThat(technician.exitArmed().get()).isTrue();
        assertThat(exits).hasValue(0);
        technician.clearSession();
        assertThat(technician.exitArmed().get()).isFalse();

        technician.exitToMaintenance();
        technician.exitToMaintenance();
        assertThat(exits).hasValue(1);
        assertThat(technician.exitArmed().get()).isFalse();
    }

    @Test
    void aSerialPortAndBaudChosenByTapsAreSavedAndTheScreenSaysARestartAppliesThem() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        TechnicianViewModel technician = viewModel(file);

        technician.select(DeviceSlot.ID_CARD_READER);
        technician.choosePort("/dev/ttyUSB0");
        assertThat(technician.spec(DeviceSlot.ID_CARD_READER).get()).isEqualTo("serial:/dev/ttyUSB0@115200");
        assertThat(technician.serialChosen()).isTrue();
        technician.chooseBaud(9600);
        technician.select(DeviceSlot.PRINTER);
        technician.choosePort("sim:printer");
        assertThat(technician.serialChosen()).isFalse();

        technician.save();

        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");
        assertThat(Files.readString(file.path())).contains("port: serial:/dev/ttyUSB0@9600");
    }

    @Test
    void savingAPortThatDidNotAnswerItsProbeWarnsFirstAndSavesOnTheSecondTap() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        TechnicianViewModel technician = viewModel(file, new CurrentThreadTaskExecutor());
        String silent = "tcp:127.0.0.1:" + closedPort();
        technician.select(DeviceSlot.PRINTER);
        technician.choosePort(silent);

        technician.probe();
        assertThat(technician.outcome().get().ok()).isFalse();
        technician.save();

        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.save.unanswered");
        assertThat(technician.outcome().get().detail()).isEqualTo(DeviceChecks.portOf(silent));
        assertThat(file.path()).doesNotExist();
        technician.save();
        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");
        assertThat(Files.readString(file.path())).contains(silent);
    }

    @Test
    void aPortThatAnswersIsSavedWithoutAWarning() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        TechnicianViewModel technician = viewModel(file, new CurrentThreadTaskExecutor());
        technician.select(DeviceSlot.PRINTER);
        technician.choosePort("sim:printer");

        technician.save();

        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");
    }

    @Test
    void theReaderTestAsksForACardWhileItWaitsAndTheWordsNameNoEnum() {
        org.lingong.kiosk.testing.QueuedTaskExecutor queued = new org.lingong.kiosk.testing.QueuedTaskExecutor();
        TechnicianViewModel technician = viewModel(new DevicesFile(folder.resolve("kiosk-devices.yml"), clock), queued);
        org.lingong.kiosk.i18n.Messages messages = new org.lingong.kiosk.i18n.Messages(
                org.lingong.kiosk.i18n.KioskLanguage.ZH_CN);

        technician.test();

        assertThat(queued.pendingCount()).isEqualTo(1);
        assertThat(technician.outcome().get().text(messages)).isEqualTo("请放一张身份证（20 秒内）。");
        assertThat(technician.busy().get()).isTrue();
        CheckOutcome inUse = new CheckOutcome(true, "technician.probe.inUse", "/dev/ttyUSB0",
                DeviceSlot.PRINTER.labelKey());
        assertThat(inUse.text(messages)).isEqualTo("这个端口（/dev/ttyUSB0）正由本机的小票打印机使用，状态见“站务管理”。");
        CheckOutcome paperOut = new CheckOutcome(false, "technician.test.notPrinted", "", "status.printer.paperOut");
        messages.select(org.lingong.kiosk.i18n.KioskLanguage.EN);
        assertThat(paperOut.text(messages)).startsWith("Test slip not printed (").doesNotContain("PAPER_OUT", "{");
    }

    @Test
    void paperWidthAndQrModeChosenByTapsAreSavedWithThePortsAndTheWipeRestoresTheRunningOnes() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        TechnicianViewModel technician = viewModel(file);
        assertThat(technician.printerSettings().get()).isEqualTo(new PrinterSettings(80, true));
        technician.select(DeviceSlot.PRINTER);

        technician.choosePaperWidth(58);
        technician.chooseNativeQr(false);
        technician.save();

        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");
        assertThat(Files.readString(file.path())).contains("paper-width: 58", "native-qr: false");
        technician.clearSession();
        assertThat(technician.printerSettings().get()).isEqualTo(new PrinterSettings(80, true));
    }

    @Test
    void theNextSessionStartsFromThePaperAndQrModeSlipsArePrintedWithNowAfterARemoteChangeAndASaveSaysThePlatformWins() {
        CurrentPrinterProfile running = new CurrentPrinterProfile(PrinterProfile.paper80());
        Map<DeviceSlot, String> configured = Map.of(DeviceSlot.ID_CARD_READER, "sim:idcard",
                DeviceSlot.PRINTER, "sim:printer", DeviceSlot.SCANNER, "sim:scanner");
        TechnicianViewModel technician = new TechnicianViewModel(new DeviceChecks(
                org.lingong.devices.transport.spec.SimulatorTransports.NONE, configured, () -> null, null, () -> null),
                new DevicesFile(folder.resolve("kiosk-devices.yml"), clock), new CurrentThreadTaskExecutor(),
                new StaffAccess(new ScreenNavigator(), () -> { }, new DailyCounters(clock), java.util.stream.Stream::empty), configured,
                () -> new PrinterSettings(running.get().paperWidthMm(), running.get().nativeQr()), running::setByPlatform,
                exits::incrementAndGet);
        assertThat(technician.printerSettings().get()).isEqualTo(new PrinterSettings(80, true));
        technician.save();
        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");

        running.change(58, false, true);
        technician.showRunningPrinter();

        assertThat(technician.printerSettings().get()).as("staff arrived after the change").isEqualTo(new PrinterSettings(58, false));
        technician.chooseNativeQr(true);
        technician.save();
        assertThat(technician.outcome().get().messageKey()).as("the platform's values stay in force")
                .isEqualTo("technician.saved.platformPrinter");
        technician.clearSession();
        assertThat(technician.printerSettings().get()).isEqualTo(new PrinterSettings(58, false));
    }

    @Test
    void theWipeForgetsUnsavedChoices() throws Exception {
        TechnicianViewModel technician = viewModel(new DevicesFile(folder.resolve("kiosk-devices.yml"), clock));
        technician.choosePort("/dev/ttyUSB3");

        technician.clearSession();

        assertThat(technician.spec(DeviceSlot.ID_CARD_READER).get()).isEqualTo("sim:idcard");
        assertThat(technician.outcome().get()).isNull();
    }

    @Test
    void aNetworkPrinterTypedOnTheKeypadIsProbedSavedWithPaperAndQrAndTheKioskThenPrintsThere() throws Exception {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper58());
        try (SimulatorServer server = SimulatorServer.start(simulator, 0)) {
            DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
            TechnicianViewModel technician = viewModel(file, new CurrentThreadTaskExecutor());
            technician.select(DeviceSlot.PRINTER);
            technician.openAddress();
            type(technician, "127.0.0.1:" + server.port());
            technician.useAddress();
            assertThat(technician.addressOpen().get()).isFalse();
            String spec = "tcp:127.0.0.1:" + server.port();
            assertThat(technician.spec(DeviceSlot.PRINTER).get()).isEqualTo(spec);

            technician.probe();
            assertThat(technician.outcome().get().ok()).isTrue();
            assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.probe.printer");
            assertThat(technician.outcome().get().detail()).contains(spec);
            technician.choosePaperWidth(58);
            technician.chooseNativeQr(false);
            technician.save();
            assertThat(technician.outcome().get().messageKey()).as("it answered: no warning").isEqualTo("technician.saved");

            DevicesProperties saved = new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load("devices", new FileSystemResource(file.path()))))
                    .bindOrCreate("kiosk.devices", DevicesProperties.class);
            assertThat(saved.printer().spec()).isEqualTo(new TransportSpec.Tcp("127.0.0.1", server.port()));
            PrinterProfile profile = DevicesConfiguration.printerProfile(saved.printer());
            int printedBefore;
            assertThat(profile.nativeQr()).isFalse();
            try (ReceiptPrinterDevice printer = new ReceiptPrinterDevice(ManagedDevice.builder("printer",
                    saved.printer().spec().factory(SimulatorTransports.NONE),
                    ReceiptPrinterDevice.sessionFactory(profile, Duration.ofMillis(500))).build(),
                    ReceiptPrinterDevice.DEFAULT_STATUS_INTERVAL, java.util.concurrent.ForkJoinPool.commonPool())) {
                printer.start().get(15, TimeUnit.SECONDS);
                printedBefore = simulator.receipts().size(); // the probe's bytes may have come out as a scrap
                assertThat(new DevicePrinter(printer, profile).printTestPage()).isInstanceOf(PrintResult.Printed.class);
            }
            PrintedReceipt receipt = simulator.awaitReceipt(printedBefore + 1, Duration.ofSeconds(15)).orElseThrow();
            assertThat(receipt.elements()).as("QR as an image, as saved").hasAtLeastOneElementOfType(ReceiptElement.Raster.class)
                    .noneMatch(ReceiptElement.QrCode.class::isInstance);
        }
    }

    @Test
    void aMalformedAddressIsRefusedInWordsAndTheKeypadTakesOnlyDigitsDotAndOneColon() {
        TechnicianViewModel technician = viewModel(new DevicesFile(folder.resolve("kiosk-devices.yml"), clock));
        technician.select(DeviceSlot.PRINTER);
        technician.openAddress();
        type(technician, "300.1.1.1:9100");
        technician.useAddress();
        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.address.invalid");
        assertThat(technician.addressOpen().get()).isTrue();
        assertThat(technician.spec(DeviceSlot.PRINTER).get()).isEqualTo("sim:printer");

        technician.clearAddress();
        type(technician, "1a0.0:0.1:9");
        assertThat(technician.address().get()).as("no letters, one colon").isEqualTo("10.0:0.19");
        technician.deleteAddress();
        assertThat(technician.address().get()).isEqualTo("10.0:0.1");
        technician.closeAddress();
        assertThat(technician.spec(DeviceSlot.PRINTER).get()).isEqualTo("sim:printer");
    }

    private static void type(TechnicianViewModel technician, String keys) {
        for (char key : keys.toCharArray()) {
            technician.typeAddress(key);
        }
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private TechnicianViewModel viewModel(DevicesFile file) {
        return viewModel(file, new CurrentThreadTaskExecutor());
    }

    private TechnicianViewModel viewModel(DevicesFile file, org.lingong.kiosk.executor.TaskExecutor executor) {
        Map<DeviceSlot, String> configured = new EnumMap<>(DeviceSlot.class);
        configured.put(DeviceSlot.ID_CARD_READER, "sim:idcard");
        configured.put(DeviceSlot.PRINTER, "sim:printer");
        configured.put(DeviceSlot.SCANNER, "sim:scanner");
        StaffAccess access = new StaffAccess(new ScreenNavigator(), () -> { }, new DailyCounters(clock), java.util.stream.Stream::empty);
        DeviceChecks checks = new DeviceChecks(org.lingong.devices.transport.spec.SimulatorTransports.NONE, configured,
                () -> null, null, () -> null);
        return new TechnicianViewModel(checks, file, executor, access, configured, exits::incrementAndGet);
    }
}
