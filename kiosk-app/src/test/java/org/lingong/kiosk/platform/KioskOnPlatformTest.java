package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.await;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;
import static org.lingong.kiosk.platform.RunningKioskContext.platformStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.kiosk.attract.ServiceItem;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.registration.Availability;
import org.lingong.kiosk.registration.EmploymentStatus;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The kiosk's Spring context (no JavaFX) with the platform wiring, against the real reference platform over HTTP:
 * enrollment with the demo code, the status bar's platform words, catalog freshness, and a registration through the
 * registration view model (synchronous executor) arriving at the platform exactly once, also after an outage.
 */
class KioskOnPlatformTest {

    private static final String ID_NUMBER = FictionalCards.RESIDENT.documentNumber();
    private static final String NAME = FictionalCards.RESIDENT.displayName();
    private static final String PHONE = "13812345678";
    private static final List<JobCategory> CATEGORIES = List.of(
            new JobCategory("G101", "建筑小工", "Construction helper"),
            new JobCategory("G601", "剪羊毛", null));

    @TempDir
    Path temp;

    /** The attract screen's view model is refreshed on the JavaFX thread (headless Monocle in the test run). */
    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // one toolkit per JVM
        }
    }

    @Test
    void enrollsWithTheDemoCodeShowsConnectedAndTheAttractScreenGetsCatalogTimeAndServiceItems() throws Exception {
        Instant before = Instant.now();
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = startKiosk(platform)) {
            awaitPlatformWords(kiosk, "status.platform.connected");

            DeviceStatus shown = platformStatus(kiosk);
            assertThat(shown.state()).isEqualTo(DeviceState.READY);
            assertThat(kiosk.getBean(Messages.class).get(shown.wordsKey())).isEqualTo("连接正常");
            assertThat(kiosk.getBean(BackendClient.class).identity()).get()
                    .extracting(TerminalIdentity::stationCode).isEqualTo(PlatformUnderTest.DEMO_STATION);
            assertThat(platform.terminalsOf(PlatformUnderTest.DEMO_STATION)).isEqualTo(1);
            await("heartbeat with the devices' states", () -> platform.deviceStatesOf(PlatformUnderTest.DEMO_STATION)
                    .contains("printer=ONLINE"));
            assertThat(platform.deviceStatesOf(PlatformUnderTest.DEMO_STATION)).contains("idcard", "scanner")
                    .doesNotContain("platform");

            CatalogFreshness freshness = kiosk.getBean(CatalogFreshness.class);
            await("catalog refreshed", () -> freshness.lastRefreshed().isPresent());
            assertThat(freshness.lastRefreshed().orElseThrow()).isBetween(before, Instant.now());
            assertThat(kiosk.getBean(BackendClient.class).catalog().size()).isPositive();

            PlatformContent content = kiosk.getBean(PlatformContent.class);
            await("content bundle fetched", () -> content.serviceItems().isPresent());
            List<String> platformNames = content.serviceItems().orElseThrow().stream()
                    .map(org.lingong.platform.api.content.ServiceItem::name).toList();
            assertThat(kiosk.getBean(ServiceItemSource.class).serviceItems()).extracting(ServiceItem::chineseName)
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(platformNames);

            AttractViewModel attract = kiosk.getBean(AttractViewModel.class);
            await("attract screen shows the catalog time", () -> onFx(() -> attract.catalogRefreshedAtProperty().get())
                    .isPresent());
            assertThat(onFx(() -> List.copyOf(attract.serviceItems()))).extracting(ServiceItem::chineseName)
                    .containsExactlyInAnyOrderElementsOf(platformNames);
        }
    }

    @Test
    void aConsentedRegistrationReachesThePlatformExactlyOnceAndNoLogLineHoldsItsPersonalData() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = startKiosk(platform)) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            BackendClient backend = kiosk.getBean(BackendClient.class);

            try (LogCapture logs = new LogCapture()) {
                RegistrationViewModel registration = registrationViewModel(kiosk);
                registerResident(registration);
                assertThat(registration.stepProperty().get()).isEqualTo(RegistrationStep.DONE);

                await("worker at the platform", () -> platform.workersFrom(PlatformUnderTest.DEMO_STATION) == 1
                        && backend.outboxStats().depth() == 0);
                backend.deliverNow();
                assertWorkerOnceAtThePlatform(platform);
                assertThat(logs.lines()).isNotEmpty()
                        .noneMatch(line -> line.contains(ID_NUMBER) || line.contains(NAME) || line.contains(PHONE));
            }
        }
    }

    @Test
    void offlineTheRegistrationStillCompletesAndArrivesOnceWhenThePlatformReturns() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = startKiosk(platform)) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            BackendClient backend = kiosk.getBean(BackendClient.class);

            platform.stop();
            awaitPlatformWords(kiosk, "status.platform.offline");
            assertThat(platformStatus(kiosk).state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(kiosk.getBean(Messages.class).get(platformStatus(kiosk).wordsKey())).isEqualTo("未连接");

            RegistrationViewModel registration = registrationViewModel(kiosk);
            registerResident(registration);
            assertThat(registration.stepProperty().get()).isEqualTo(RegistrationStep.DONE);
            assertThat(backend.outboxStats().depth()).isEqualTo(1);

            platform.restart();
            awaitPlatformWords(kiosk, "status.platform.connected");
            await("queued registration delivered", () -> backend.outboxStats().depth() == 0);
            backend.deliverNow();
            assertWorkerOnceAtThePlatform(platform);
        }
    }

    private static void assertWorkerOnceAtThePlatform(PlatformUnderTest platform) {
        assertThat(platform.workersFrom(PlatformUnderTest.DEMO_STATION)).isEqualTo(1);
        assertThat(platform.registrationEventsFrom(PlatformUnderTest.DEMO_STATION)).isEqualTo(1);
        assertThat(platform.maskedNameOfWorkerFrom(PlatformUnderTest.DEMO_STATION)).isEqualTo("王*例");
        assertThat(platform.profileOfWorkerFrom(PlatformUnderTest.DEMO_STATION))
                .isEqualTo("G101,G601|200|UNEMPLOYED|tomorrow");
    }

    private ConfigurableApplicationContext startKiosk(PlatformUnderTest platform) throws Exception {
        return RunningKioskContext.start(platform.url(), PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"));
    }

    private static RegistrationViewModel registrationViewModel(ConfigurableApplicationContext kiosk) {
        return new RegistrationViewModel(() -> CATEGORIES, kiosk.getBean(RegistrationSink.class),
                new CurrentThreadTaskExecutor(), new ScreenNavigator(), kiosk.getBean(Messages.class),
                Clock.systemUTC(), 3);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    /** The worker's whole journey: card, phone, wanted work, pay/start/status, 同意. */
    private static void registerResident(RegistrationViewModel vm) {
        vm.startWithCard(FictionalCards.RESIDENT);
        vm.next();
        PHONE.chars().forEach(c -> vm.phone().press(c - '0'));
        vm.next();
        vm.toggleCategory("G101");
        vm.toggleCategory("G601");
        vm.next();
        vm.choosePay(PayExpectation.FROM_200_TO_300);
        vm.chooseAvailability(Availability.TOMORROW);
        vm.chooseStatus(EmploymentStatus.UNEMPLOYED);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CONSENT);
        vm.agree();
    }
}
