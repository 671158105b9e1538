package org.lingong.kiosk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.platform.PlatformConnection;
import org.lingong.kiosk.platform.PlatformContent;
import org.lingong.kiosk.recognition.WorkerCodePrinter;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.staff.DevicePrinter;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.kiosk.testing.NoRefusals;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * The printer's paper width and QR mode from the platform console reach the running kiosk through its heartbeat and
 * change the very next slip on the wire (columns per line, native {@code GS ( k} QR or a raster image), with no
 * restart; the kiosk reports the version applied, and its diagnostic bundle the paper and QR mode in force. Orders
 * that are unsigned or carry an older configuration change nothing. The printer is the ESC/POS simulator (80 mm paper) over TCP, the platform the real one.
 */
class PrinterSettingsLiveOnPlatformTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void aNewPaperWidthAndQrModeChangeTheNextSlipWithoutARestartAndUnsignedOrOlderOrdersChangeNothing() throws Exception {
        Clock clock = Clock.systemUTC();
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper80());
        CurrentPrinterProfile printerProfile = new CurrentPrinterProfile(PrinterProfile.paper80());
        List<SignedOrders> handled = new CopyOnWriteArrayList<>();
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS,
                        temp.resolve("platform"));
                BackendClient backend = BackendClient.open(BackendSettings.of(platform.url(), temp.resolve("kiosk"),
                        "test"), clock);
                SimulatorServer server = SimulatorServer.start(simulator, 0);
                ReceiptPrinterDevice device = new ReceiptPrinterDevice(ManagedDevice.builder("printer",
                        new TransportSpec.Tcp("127.0.0.1", server.port()).factory(SimulatorTransports.NONE),
                        ReceiptPrinterDevice.sessionFactory(PrinterProfile.paper80(), Duration.ofMillis(500))).build(),
                        ReceiptPrinterDevice.DEFAULT_STATUS_INTERVAL, ForkJoinPool.commonPool())) {
            device.start().get(15, TimeUnit.SECONDS);
            WorkerCodePrinter slips = new WorkerCodePrinter(device, printerProfile, "新城区客户端测试驿站");
            IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20), () -> { });
            LiveSettings live = new LiveSettings(level -> { }, new CurrentThreadTaskExecutor(), () -> idle, () -> { },
                    new RemotePrinterSettings(printerProfile, 80, true),
                    new RemoteStationName(new CurrentStation("新城区客户端测试驿站", "ST-150102-001"), "新城区客户端测试驿站"));
            RemoteOrdersHandler handler = new RemoteOrdersHandler(backend.remote(), live, new RemoteCommands(backend,
                    new DevicePrinter(device, printerProfile), new DiagnosticBundleBuilder(backend, List::of,
                    Optional.empty(), "test", clock, ZoneId.of("Asia/Shanghai"), printerProfile), () -> { }), () -> { });
            PlatformConnection connection = new PlatformConnection(backend, new PlatformProperties(true, platform.url(),
                    null, platform.enrollmentCode(PlatformUnderTest.HOHHOT), temp.resolve("kiosk").toString(),
                    Duration.ofSeconds(1), Duration.ofMinutes(5)), PlatformUnderTest.HOHHOT.code(),
                    new DriverStatusSource(), new PlatformContent(), () -> { }, NoRefusals.reporter(backend));
            handler.applyStored();
            connection.onOrders(orders -> {
                handler.handle(orders);
                handled.add(orders);
            });
            connection.start();
            try {
                await("enrolled", () -> backend.identity().isPresent());
                String terminalId = backend.identity().orElseThrow().terminalId();
                String terminalPage = "console/terminals/" + terminalId;
                String remotePage = terminalPage + "/remote";

                PrintedReceipt before = print(slips, simulator);
                assertThat(widestLine(before)).as("80 mm: 48 columns").isEqualTo(48);
                assertThat(before.elements()).as("native QR").hasAtLeastOneElementOfType(ReceiptElement.QrCode.class)
                        .noneMatch(ReceiptElement.Raster.class::isInstance);

                assertThat(platform.consoleForm(remotePage, remotePage + "/settings",
                        Map.of("paperWidth", "58", "nativeQr", "false"))).isEqualTo(200);
                await("the configuration handled", () -> handled.size() == 1);
                long narrowVersion = backend.remote().report().configVersion();
                PrintedReceipt narrow = print(slips, simulator);
                assertThat(widestLine(narrow)).as("58 mm: 32 columns, no restart").isEqualTo(32);
                assertThat(narrow.elements()).as("QR as an image within 58 mm paper")
                        .noneMatch(ReceiptElement.QrCode.class::isInstance)
                        .filteredOn(ReceiptElement.Raster.class::isInstance).singleElement()
                        .satisfies(e -> assertThat(((ReceiptElement.Raster) e).bitmap().width())
                                .isLessThanOrEqualTo(PrinterProfile.paper58().printableDots()));
                await("the platform told the version is applied", () -> platform.consolePage(terminalPage)
                        .contains("终端已应用：v" + narrowVersion));
                assertThat(platform.consoleForm(remotePage, remotePage + "/commands",
                        Map.of("kind", "UPLOAD_DIAGNOSTICS"))).isEqualTo(303);
                await("the diagnostic bundle uploaded", () -> !bundles(platform, terminalId).isEmpty());
                assertThat(bundles(platform, terminalId)).singleElement().asString().contains(
                        "remote: configuration v" + narrowVersion, "printer: 58 mm paper, 32 columns, QR image (in force now)");

                int handledBefore = handled.size();
                assertThat(platform.consoleForm(remotePage, remotePage + "/settings",
                        Map.of("paperWidth", "80", "nativeQr", "true"))).isEqualTo(200);
                // the diagnostics command's orders may be the ones counted, and the version counts as held once
                // accepted, a moment before it is applied: wait for the applied width too
                await("the second configuration applied", () -> handled.size() > handledBefore
                        && backend.remote().report().configVersion() > narrowVersion
                        && printerProfile.get().paperWidthMm() == 80);
                assertThat(backend.remote().report().configVersion()).isGreaterThan(narrowVersion);
                assertThat(widestLine(print(slips, simulator))).as("back to 80 mm").isEqualTo(48);

                SignedOrders older = handled.get(0);
                handler.handle(older);
                assertThat(backend.remote().report().lastRefusal().reason()).isEqualTo("older-version");
                handler.handle(new SignedOrders(older.payload(), null));
                assertThat(backend.remote().report().lastRefusal().reason()).isEqualTo("unsigned");
                PrintedReceipt after = print(slips, simulator);
                assertThat(widestLine(after)).as("refused orders change nothing").isEqualTo(48);
                assertThat(after.elements()).hasAtLeastOneElementOfType(ReceiptElement.QrCode.class);
            } finally {
                connection.stop();
            }
        }
    }

    /** Prints one worker-code slip and returns it as the simulator decoded it. */
    private static PrintedReceipt print(WorkerCodePrinter slips, EscPosPrinterSimulator simulator) throws Exception {
        int before = simulator.receipts().size();
        assertThat(slips.print("WK7Q2M9X", "张*")).isEmpty();
        return simulator.awaitReceipt(before + 1, PATIENCE).orElseThrow();
    }

    /** The widest printed line in columns (the rule between sections spans the whole paper). */
    private static int widestLine(PrintedReceipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.TextLine.class::isInstance)
                .map(e -> ((ReceiptElement.TextLine) e).text())
                .filter(text -> !text.isEmpty() && text.chars().allMatch(c -> c == '-'))
                .mapToInt(PrinterText::columns).max().orElse(0);
    }

    private static List<String> bundles(PlatformUnderTest platform, String terminalId) {
        return platform.jdbc().sql("SELECT body FROM terminal_diagnostic WHERE terminal_id = ?").param(terminalId)
                .query(String.class).list();
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
