package org.lingong.kiosk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.staff.StaffPrinter;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceProblem;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.CommandOutcome;
import org.lingong.platform.api.remote.OrdersSignature;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.RemoteOrders;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.PlatformJson;
import org.lingong.platform.client.remote.RemoteControl;
import org.lingong.platform.client.remote.RemoteStateStore;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The kiosk's side of remote control: live settings, commands once and in order, and the redacted bundle. */
class RemoteOnKioskTest {

    static final String NAME = "张三丰";
    static final String ID = "150102199003071234";
    static final String ID_X = "15010219900307123X";
    static final String MOBILE = "13812345678";
    static final String LANDLINE = "0471-6912345";

    @TempDir
    Path dataDir;

    final Clock clock = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneId.of("UTC"));
    final IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20), () -> { });
    final AtomicInteger attractRefreshes = new AtomicInteger();
    final CurrentPrinterProfile printer = new CurrentPrinterProfile(PrinterProfile.paper80());
    final CurrentStation station = new CurrentStation("幸福路零工驿站", "ST-150102-001");
    final LiveSettings live = new LiveSettings(RemoteConfiguration.logLevels(), new CurrentThreadTaskExecutor(), () -> idle,
            attractRefreshes::incrementAndGet, new RemotePrinterSettings(printer, 80, true),
            new RemoteStationName(station, "幸福路零工驿站"));
    BackendClient backend;

    @BeforeEach
    void openOfflineBackend() throws Exception {
        backend = BackendClient.open(BackendSettings.of("http://127.0.0.1:9/", dataDir.resolve("kiosk"), "test-1.0"), clock);
    }

    @AfterEach
    void close() {
        backend.close();
        live.apply(new TerminalSettings(1, null, null, null, null, null, null, "INFO"));
    }

    @Test
    void liveSettingsChangeIdleTimesServiceItemsAndTheLogLevelAtOnce() {
        List<String> applied = live.apply(new TerminalSettings(3, 45, 10, "新名字驿站", List.of("求职登记", "政策咨询"), 58, false,
                "DEBUG"));

        assertThat(idle.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(idle.warning()).isEqualTo(Duration.ofSeconds(10));
        assertThat(live.serviceItems()).containsExactly("求职登记", "政策咨询");
        assertThat(attractRefreshes).hasValue(1);
        assertThat(LoggerFactory.getLogger("org.lingong.kiosk").isDebugEnabled()).isTrue();
        assertThat(printer.get().paperWidthMm()).isEqualTo(58);
        assertThat(printer.get().columns()).isEqualTo(32);
        assertThat(printer.get().nativeQr()).isFalse();
        assertThat(printer.setByPlatform()).isTrue();
        assertThat(station.name()).isEqualTo("新名字驿站");
        assertThat(station.code()).as("the code never changes remotely").isEqualTo("ST-150102-001");
        assertThat(applied).contains("log level DEBUG", "idle times", "station name", "2 service items", "paper 58 mm",
                "QR image");
        assertThat(RemoteSettingsOverlay.properties(new TerminalSettings(3, null, null, "新名字驿站", null, 58, false, null)))
                .containsEntry("kiosk.station.name", "新名字驿站")
                .containsEntry("kiosk.devices.printer.paper-width", 58)
                .containsEntry("kiosk.devices.printer.native-qr", false);
    }

    @Test
    void aConfigurationThatLeavesThePrinterEmptyBringsBackTheKiosksOwnPaperAndQrMode() {
        live.apply(new TerminalSettings(3, null, null, null, null, 58, false, null));

        List<String> applied = live.apply(new TerminalSettings(4, 60, null, null, null, null, null, null));

        assertThat(printer.get().paperWidthMm()).isEqualTo(80);
        assertThat(printer.get().nativeQr()).isTrue();
        assertThat(applied).contains("printer back to its own 80 mm, QR native");
        assertThat(printer.setByPlatform()).as("the kiosk's own files decide again").isFalse();
        assertThat(live.apply(new TerminalSettings(5, 60, null, null, null, null, null, null)))
                .as("nothing to say when nothing changed").noneMatch(words -> words.contains("printer"));
    }

    @Test
    void aConfigurationThatLeavesTheStationNameEmptyBringsBackTheKiosksOwnName() {
        List<String> renamed = new ArrayList<>();
        station.onRename(renamed::add);
        live.apply(new TerminalSettings(3, null, null, "新名字驿站", null, null, null, null));

        List<String> applied = live.apply(new TerminalSettings(4, 60, null, null, null, null, null, null));

        assertThat(station.name()).isEqualTo("幸福路零工驿站");
        assertThat(station.label()).isEqualTo("幸福路零工驿站 (ST-150102-001)");
        assertThat(renamed).containsExactly("新名字驿站", "幸福路零工驿站");
        assertThat(applied).contains("station name back to the kiosk's own");
        assertThat(live.apply(new TerminalSettings(5, 60, null, " ", null, null, null, null)))
                .as("a blank name is no name; nothing to say when nothing changed")
                .noneMatch(words -> words.contains("station"));
        assertThat(renamed).as("no rename told when the name stays").hasSize(2);
    }

    @Test
    void theKiosksOwnStationNameIsReadWithoutTheRemoteOverlay() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("kiosk.yml",
                Map.of("kiosk.station.name", "幸福路零工驿站", "kiosk.station.code", "ST-150102-001")));
        environment.getPropertySources().addFirst(new MapPropertySource(RemoteSettingsOverlay.SOURCE_NAME,
                RemoteSettingsOverlay.properties(
                        new TerminalSettings(2, null, null, "新名字驿站", null, null, null, null))));
        ConfigurationPropertySources.attach(environment);

        assertThat(environment.getProperty("kiosk.station.name")).as("the overlay wins at start").isEqualTo("新名字驿站");
        assertThat(RemoteConfiguration.ownStationName(environment, "新名字驿站")).isEqualTo("幸福路零工驿站");
        assertThat(RemoteConfiguration.ownStationName(new StandardEnvironment(), "新名字驿站"))
                .as("none of its own: the one in force at start").isEqualTo("新名字驿站");
    }

    @Test
    void theKiosksOwnPrinterSettingsAreReadWithoutTheRemoteOverlay() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("kiosk.yml",
                Map.of("kiosk.devices.printer.paper-width", "58", "kiosk.devices.printer.native-qr", "false")));
        environment.getPropertySources().addFirst(new MapPropertySource(RemoteSettingsOverlay.SOURCE_NAME,
                RemoteSettingsOverlay.properties(new TerminalSettings(2, null, null, null, null, 80, true, null))));
        ConfigurationPropertySources.attach(environment);

        assertThat(environment.getProperty("kiosk.devices.printer.paper-width")).as("the overlay wins at start").isEqualTo("80");
        assertThat(RemoteConfiguration.ownPrinter(environment)).satisfies(own -> {
            assertThat(own.paperWidth()).isEqualTo(58);
            assertThat(own.nativeQr()).isFalse();
        });
        assertThat(RemoteConfiguration.ownPrinter(new StandardEnvironment()).paperWidth()).as("the default").isEqualTo(80);
    }

    @Test
    void theDiagnosticBundleHoldsNoIdNumberNameOrPhone() throws Exception {
        Path log = dataDir.resolve("kiosk.log");
        Files.writeString(log, String.join("\n",
                "2026-12-05 08:00:01 INFO  card read for " + NAME + " id " + ID,
                "2026-12-05 08:00:02 WARN  worker " + NAME + " phone " + MOBILE + " station " + LANDLINE,
                "2026-12-05 08:00:03 INFO  permit " + ID_X + " registered; outbox depth 1",
                "2026-12-05 08:00:04 INFO  heartbeat ok"));
        DiagnosticBundleBuilder builder = new DiagnosticBundleBuilder(backend,
                () -> List.of(new DeviceStatus(DeviceKind.PRINTER, DeviceState.ATTENTION, "status.printer.paperOut",
                        DeviceProblem.PAPER_OUT)), Optional.of(log), "test-1.0", clock, ZoneId.of("Asia/Shanghai"));

        String bundle = builder.build();

        assertThat(bundle).contains("created: 2026-12-05 16:00:00 +08:00", "outbox: 0 waiting", "device: PRINTER",
                "remote: configuration v0", "heartbeat ok", "--- log, last lines, redacted ---");
        for (String secret : List.of(NAME, "张", ID, ID_X, "199003071234", MOBILE, "12345678", "6912345")) {
            assertThat(bundle).as("no trace of " + secret).doesNotContain(secret);
        }
        assertThat(bundle).contains("[text]", "[id]", "[phone]");
        assertThat(bundle.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).isEmpty();
    }

    @Test
    void eachCommandRunsOnceAndARestartLastAfterItsResultIsStored() throws Exception {
        KeyPair platformKeys = Ed25519Keys.generate();
        KeyPair terminalKeys = Ed25519Keys.generate();
        TerminalIdentity me = new TerminalIdentity("http://127.0.0.1:9/", "T000000042", "ST-150102-001", "驿站", "1501",
                terminalKeys.getPublic(), terminalKeys.getPrivate(), platformKeys.getPublic());
        RemoteControl control = new RemoteControl(new RemoteStateStore(dataDir), () -> Optional.of(me));
        List<String> happened = new ArrayList<>();
        StaffPrinter printer = new StaffPrinter() {
            @Override
            public org.lingong.devices.printer.codec.PrinterStatus readStatus() {
                throw new UnsupportedOperationException();
            }

            @Override
            public PrintResult printTestPage() {
                happened.add("print");
                return new PrintResult.Printed(512, Set.of(), true);
            }
        };
        RemoteCommands commands = new RemoteCommands(backend, printer,
                new DiagnosticBundleBuilder(backend, List::of, Optional.empty(), "t", clock, ZoneId.of("Asia/Shanghai")),
                () -> happened.add("catalog"));
        RemoteOrdersHandler handler = new RemoteOrdersHandler(control, live, commands, () -> happened.add("exit"));
        RemoteCommand restart = new RemoteCommand(UUID.randomUUID(), CommandKind.RESTART, clock.instant());
        RemoteCommand print = new RemoteCommand(UUID.randomUUID(), CommandKind.PRINT_TEST_PAGE, clock.instant());
        byte[] json = PlatformJson.newMapper().writeValueAsBytes(new RemoteOrders("T000000042", clock.instant(),
                new TerminalSettings(5, 30, null, null, null, null, null, null), List.of(restart, print)));
        SignedOrders orders = OrdersSignature.sign(platformKeys.getPrivate(), json);

        handler.handle(orders);
        handler.handle(orders);

        assertThat(happened).containsExactly("print", "exit");
        assertThat(idle.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new RemoteControl(new RemoteStateStore(dataDir), () -> Optional.of(me)).report().results())
                .extracting(r -> r.id() + " " + r.outcome())
                .containsExactlyInAnyOrder(restart.id() + " " + CommandOutcome.APPLIED, print.id() + " " + CommandOutcome.APPLIED);
    }
}
