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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.platform.PlatformConnection;
import org.lingong.kiosk.platform.PlatformContent;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.recognition.WorkerCodePrinter;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.StationNameViewModel;
import org.lingong.kiosk.staff.DevicePrinter;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.kiosk.testing.NoRefusals;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * The station name from the platform console reaches the running kiosk through its heartbeat: the very next slip on
 * the wire (ESC/POS simulator over TCP) carries it and the top bar's name follows on the UI thread, no restart; the
 * kiosk reports the version applied. Orders that are unsigned or carry an older configuration change nothing, and a
 * configuration without a name brings back the kiosk's own. The platform is the real one.
 */
class StationNameLiveOnPlatformTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OWN_NAME = "新城区客户端测试驿站";
    private static final String NEW_NAME = "海拉尔东路零工驿站";

    @TempDir
    Path temp;

    /** The UI thread of this test: what a rename hands to it waits here until the test runs it. */
    private final ConcurrentLinkedQueue<Runnable> uiThread = new ConcurrentLinkedQueue<>();

    @Test
    void aNewStationNameIsOnTheNextSlipAndTheTopBarAndUnsignedOlderOrEmptyOrdersDoAsTheySay() throws Exception {
        Clock clock = Clock.systemUTC();
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(PrinterProfile.paper80());
        CurrentPrinterProfile printerProfile = new CurrentPrinterProfile(PrinterProfile.paper80());
        CurrentStation station = new CurrentStation(OWN_NAME, PlatformUnderTest.HOHHOT.code());
        StationNameViewModel topBar = new StationNameViewModel(station, uiExecutor());
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
            WorkerCodePrinter slips = new WorkerCodePrinter(device, printerProfile, station::name);
            IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20), () -> { });
            LiveSettings live = new LiveSettings(level -> { }, uiExecutor(), () -> idle, () -> { },
                    new RemotePrinterSettings(printerProfile, 80, true), new RemoteStationName(station, OWN_NAME));
            RemoteOrdersHandler handler = new RemoteOrdersHandler(backend.remote(), live, new RemoteCommands(backend,
                    new DevicePrinter(device, printerProfile), new DiagnosticBundleBuilder(backend, List::of,
                    Optional.empty(), "test", clock, ZoneId.of("Asia/Shanghai"), printerProfile), () -> { }),
                    () -> { });
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
                String terminalPage = "console/terminals/" + backend.identity().orElseThrow().terminalId();
                String remotePage = terminalPage + "/remote";
                assertThat(print(slips, simulator).transcript()).contains(OWN_NAME);

                assertThat(platform.consoleForm(remotePage, remotePage + "/settings",
                        Map.of("stationName", NEW_NAME))).isEqualTo(200);
                await("the configuration handled", () -> handled.size() == 1);
                long renamedVersion = backend.remote().report().configVersion();
                assertThat(print(slips, simulator).transcript()).as("the next slip, no restart")
                        .contains(NEW_NAME).doesNotContain(OWN_NAME);
                assertThat(topBar.nameProperty().get()).as("not changed off the UI thread").isEqualTo(OWN_NAME);
                runUiThread();
                assertThat(topBar.nameProperty().get()).isEqualTo(NEW_NAME);
                assertThat(station.code()).as("the code never changes").isEqualTo(PlatformUnderTest.HOHHOT.code());
                await("the platform told the version is applied", () -> platform.consolePage(terminalPage)
                        .contains("终端已应用：v" + renamedVersion));

                int handledBefore = handled.size();
                assertThat(platform.consoleForm(remotePage, remotePage + "/settings", Map.of("idleTimeout", "60")))
                        .isEqualTo(200);
                // the version counts as held once accepted, a moment before it is applied: wait for the name too
                await("the configuration without a name applied", () -> handled.size() > handledBefore
                        && backend.remote().report().configVersion() > renamedVersion
                        && station.name().equals(OWN_NAME));
                assertThat(print(slips, simulator).transcript()).as("the kiosk's own name back, live")
                        .contains(OWN_NAME).doesNotContain(NEW_NAME);
                runUiThread();
                assertThat(topBar.nameProperty().get()).isEqualTo(OWN_NAME);

                SignedOrders older = handled.get(0);
                handler.handle(older);
                assertThat(backend.remote().report().lastRefusal().reason()).isEqualTo("older-version");
                handler.handle(new SignedOrders(older.payload(), null));
                assertThat(backend.remote().report().lastRefusal().reason()).isEqualTo("unsigned");
                runUiThread();
                assertThat(print(slips, simulator).transcript()).as("refused orders change nothing")
                        .contains(OWN_NAME).doesNotContain(NEW_NAME);
                assertThat(topBar.nameProperty().get()).isEqualTo(OWN_NAME);
                assertThat(station.name()).isEqualTo(OWN_NAME);
            } finally {
                connection.stop();
            }
        }
    }

    /** Background work is not needed here; what is meant for the UI thread waits for {@link #runUiThread()}. */
    private TaskExecutor uiExecutor() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                    java.util.function.Consumer<? super Throwable> onFailure) {
                throw new UnsupportedOperationException("no background work in this test");
            }

            @Override
            public void runOnUiThread(Runnable action) {
                uiThread.add(action);
            }
        };
    }

    private void runUiThread() {
        for (Runnable action = uiThread.poll(); action != null; action = uiThread.poll()) {
            action.run();
        }
    }

    /** Prints one worker-code slip and returns it as the simulator decoded it. */
    private static PrintedReceipt print(WorkerCodePrinter slips, EscPosPrinterSimulator simulator) throws Exception {
        int before = simulator.receipts().size();
        assertThat(slips.print("WK7Q2M9X", "张*")).isEmpty();
        return simulator.awaitReceipt(before + 1, PATIENCE).orElseThrow();
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
