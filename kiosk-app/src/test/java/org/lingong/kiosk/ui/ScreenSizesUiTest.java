package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.inclusion.AccessibilitySettings;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.PinHash;
import org.lingong.kiosk.staff.SecretTap;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the worker's journey, the staff screen and the technician screen at the three supported window
 * sizes (1920×1080 landscape, 1080×1920 portrait, 1366×768 small landscape) and the demo's 1280×800 window, with the
 * real platform over HTTP and the simulators: each passes {@link RunningKiosk#assertAccessible} (text ≥ 24 px, buttons
 * ≥ 80×80 px, contrast, nothing cut short, nothing outside the window or the screen area) and is saved as
 * {@code target/screenshots/<size>/…png}.
 * Buttons are fired rather than clicked: the headless screen is 1920×1080, the portrait window reaches below it.
 */
class ScreenSizesUiTest {

    @TempDir
    static Path temp;

    private static PlatformUnderTest platform;
    private static RunningKiosk kiosk;
    private String size;
    /** A different worker at each size: the same worker and job at the next size would be "您已经报过名". */
    private static ResidentIdCard worker;
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
        kiosk = RunningKiosk.start("--kiosk.station.code=" + PlatformUnderTest.DEMO_STATION,
                "--kiosk.station.name=测试区幸福路零工驿站", "--kiosk.platform.url=" + platform.url(),
                "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE,
                "--kiosk.platform.data-dir=" + temp.resolve("kiosk"),
                "--kiosk.staff.pin-hash=" + PinHash.create("2468", 1_000),
                "--kiosk.staff.technician-pin-hash=" + PinHash.create("1357", 1_000),
                "--kiosk.staff.devices-file=" + temp.resolve("kiosk-devices.yml"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kiosk.bean(BackendClient.class).identity().isPresent()
                && kiosk.bean(BackendClient.class).catalog().size() > 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1080x1920", "1366x768", "1280x800"})
    void portraitAndSmallScreensFit(String size) throws Exception {
        everyScreenFitsTheWindowWithLargeTextAndLargeButtons(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080"})
    void everyScreenFitsTheWindowWithLargeTextAndLargeButtons(String size) throws Exception {
        this.size = size;
        worker = switch (size) {
            case "1080x1920" -> FictionalCards.RESIDENT_CHECK_X;
            case "1366x768" -> FictionalCards.MONGOLIAN_WORKER;
            case "1280x800" -> FictionalCards.RESIDENT_LONG_TERM;
            default -> FictionalCards.RESIDENT;
        };
        kiosk.freshSession();
        String[] sides = size.split("x");
        kiosk.resize(Double.parseDouble(sides[0]), Double.parseDouble(sides[1]));
        boolean portrait = Double.parseDouble(sides[1]) > Double.parseDouble(sides[0]);
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().lookup(".shell").getStyleClass().contains("portrait")))
                .as("the shell follows the window's orientation").isEqualTo(portrait);
        check("attract", 5);

        workerJourney();
        inEnglish();
        contentScreens();
        staffAndTechnician();
        kiosk.freshSession();
        assertThat(failures).as("screens that do not fit " + size).isEmpty();
    }

    /**
     * Large mode (大字) on the search screen of a signed-in worker, with a full page of results under their registered
     * 工种, at every size: nothing cut short, and the screen unscaled at 1920x1080 and 1080x1920 (scaled, never cut, in
     * the compact windows: a known gap, docs/inclusion.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "1080x1920", "1366x768", "1280x800"})
    void largeModeSearchOfASignedInWorkerFits(String size) throws Exception {
        this.size = size;
        kiosk.freshSession();
        String[] sides = size.split("x");
        kiosk.resize(Double.parseDouble(sides[0]), Double.parseDouble(sides[1]));
        AccessibilitySettings settings = kiosk.bean(AccessibilitySettings.class);
        SearchViewModel search = kiosk.bean(SearchViewModel.class);
        RunningKiosk.onFx(() -> {
            settings.largeProperty().set(true);
            kiosk.navigator().show(Screen.FIND_JOB);
            return null;
        });
        kiosk.waitUntil(() -> search.stateProperty().get() == LoadState.READY && search.results().size() >= 3);
        List<String> codes = RunningKiosk.onFx(() -> {
            List<String> names = search.results().stream().map(org.lingong.platform.api.jobs.Job::category)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            names.add("餐饮服务员"); // the longest 工种 among the tiles, chosen: bold
            return kiosk.bean(org.lingong.kiosk.worktype.JobCategorySource.class).categories().stream()
                    .filter(type -> names.contains(type.chineseName())).map(type -> type.code()).toList();
        });
        RunningKiosk.onFx(() -> {
            kiosk.bean(WorkerSession.class).begin(new ActiveWorker("w-large-mode", "张*明", "150102********123X", codes));
            return null;
        });
        kiosk.waitUntil(() -> search.stateProperty().get() == LoadState.READY && !search.preferred().isEmpty()
                && kiosk.scene().lookup("#search-card-2") != null && kiosk.scene().lookup("#session-exit") != null);
        check("search-large-signed-in", 20);
        List<String> violations = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()).violations);
        double scaled = RunningKiosk.onFx(() -> ((org.lingong.kiosk.shell.ScreenArea) kiosk.scene().getRoot()
                .lookup(".screen-area")).overflow());
        kiosk.freshSession();
        if (size.equals("1366x768") || size.equals("1280x800")) {
            // known gap: there the filters (860 px) and a card's last line at 32 px (837 px) need 1735 px of the
            // compact layout's 1600, so the screen is scaled down by about 0.92, never cut: only that check is waived
            assertThat(scaled).as("scaled down by 0.91 at most").isLessThan(1.1);
            assertThat(violations).as("large mode's search of a signed-in worker at " + size)
                    .allMatch(violation -> violation.startsWith("the screen needs 10"));
        } else {
            assertThat(failures).as("large mode's search of a signed-in worker at " + size).isEmpty();
        }
    }

    private void workerJourney() throws Exception {
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        tap("#tile-register");
        check("registration-0-waiting-for-card", 1);
        RunningKiosk.onFx(() -> {
            kiosk.bean(RegistrationViewModel.class).startWithCard(worker);
            return null;
        });
        check("registration-1-card", 2);
        tap("#registration-next");
        String placeholder = phoneDisplayLook();
        tap("#keypad-1", "#keypad-3", "#keypad-8", "#keypad-1", "#keypad-2");
        assertThat(phoneDisplayLook()).as("typed digits do not look like the placeholder").isNotEqualTo(placeholder);
        check("registration-2-phone-typing", 14);
        tap("#keypad-3", "#keypad-4", "#keypad-5", "#keypad-6", "#keypad-7", "#keypad-8");
        check("registration-2-phone-full", 14);
        tap("#registration-next");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#category-G101") != null);
        tap("#category-G101", "#category-G205"); // both on the first page of 12
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().lookup("#category-G101").lookup(".tick-box") != null))
                .as("several work types: square tick boxes").isTrue();
        check("registration-3-jobs", 16);
        tap("#registration-next");
        tap("#pay-from_200_to_300", "#availability-tomorrow", "#status-unemployed");
        for (String single : new String[] {"#pay-from_200_to_300", "#availability-today", "#status-unemployed"}) {
            assertThat(RunningKiosk.onFx(() -> kiosk.scene().lookup(single).lookup(".radio-ring") != null
                    && kiosk.scene().lookup(single).lookup(".tick-box") == null))
                    .as(single + ": one answer, a round mark").isTrue();
        }
        check("registration-4-preferences", 17);
        tap("#registration-next");
        check("registration-5-consent", 3);
        tap("#consent-agree");
        kiosk.waitUntil(() -> kiosk.bean(RegistrationViewModel.class).stepProperty().get() == RegistrationStep.DONE);
        check("registration-6-done", 2);
        badgeCoversNothing("registration-6-done");

        tap("#registration-find-work");
        SearchViewModel search = kiosk.bean(SearchViewModel.class);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && search.stateProperty().get() == LoadState.READY && kiosk.scene().lookup("#search-card-0") != null);
        check("search", 20);
        fullPageUnderTheRegisteredWorkTypes(search);
        tap("#search-card-0");
        kiosk.waitUntil(() -> search.selectedProperty().get().isPresent());
        long applied = RunningKiosk.onFx(() -> search.selectedProperty().get().orElseThrow().id());
        check("search-detail", 2);
        tap("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL
                && kiosk.bean(ReferralViewModel.class).stageProperty().get() == ReferralStage.CONFIRM);
        check("referral-1-confirm", 2);
        badgeCoversNothing("referral-1-confirm");
        tap("#referral-confirm");
        kiosk.waitUntil(() -> kiosk.bean(ReferralViewModel.class).stageProperty().get() == ReferralStage.PRINTED);
        check("referral-2-printed", 2);
        badgeCoversNothing("referral-2-printed");
        tap("#referral-finish");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);

        simulators().printer().setState(SimulatedPrinterState.PAPER_OUT);
        tap("#tile-find_job");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#search-card-1") != null);
        int another = RunningKiosk.onFx(() -> search.results().get(0).id() == applied ? 1 : 0);
        tap("#search-card-" + another);
        tap("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        check("registration-0-applying-for-a-job", 1);
        placeKnownCard();
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL
                && kiosk.bean(ReferralViewModel.class).stageProperty().get() == ReferralStage.CONFIRM);
        tap("#referral-confirm");
        kiosk.waitUntil(() -> kiosk.bean(ReferralViewModel.class).stageProperty().get() == ReferralStage.NOT_PRINTED);
        check("referral-3-not-printed", 2);
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        kiosk.freshSession();

        tap("#tile-scan");
        check("scan", 1);
        kiosk.freshSession();
    }

    /** Three job cards under 按您登记的工种找到 … and 看全部: narrowed to the 工种 of the first page of all jobs. */
    private void fullPageUnderTheRegisteredWorkTypes(SearchViewModel search) throws Exception {
        RunningKiosk.onFx(() -> {
            search.showAll();
            return null;
        });
        kiosk.waitUntil(() -> search.stateProperty().get() == LoadState.READY && search.results().size() >= 3);
        List<String> workTypes = RunningKiosk.onFx(() -> search.results().stream()
                .map(org.lingong.platform.api.jobs.Job::category).distinct().toList());
        RunningKiosk.onFx(() -> {
            search.preferWorkTypes(workTypes);
            return null;
        });
        kiosk.waitUntil(() -> search.stateProperty().get() == LoadState.READY && !search.preferred().isEmpty()
                && kiosk.scene().lookup("#search-card-2") != null);
        check("search-registered-work-types", 21);
    }

    /** The screens with the longest English words: the attract tiles, the keypads ("Delete"), filters and job cards. */
    private void inEnglish() throws Exception {
        tap("#language-en");
        check("attract-en", 5);
        tap("#tile-find_job");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#search-card-0") != null);
        check("search-en", 20);
        tap("#search-card-0");
        check("search-detail-en", 2);
        kiosk.freshSession();
        tap("#language-en");
        RunningKiosk.onFx(() -> {
            kiosk.bean(RegistrationViewModel.class).startWithCard(FictionalCards.RESIDENT_LONG_TERM);
            return null;
        });
        tap("#registration-next");
        check("registration-2-phone-en", 14);
        kiosk.freshSession();
    }

    /** The worker registered above places their card again: the kiosk knows them, the pending referral goes on. */
    private static void placeKnownCard() throws Exception {
        simulators().reader().remove();
        int finds = simulators().reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators().reader().receivedCount(SamCommand.FIND_CARD) >= finds + 2);
        simulators().reader().place(worker);
        kiosk.waitUntil(() -> kiosk.bean(WorkerSession.class).current().isPresent());
        simulators().reader().remove();
    }

    private void contentScreens() throws Exception {
        tap("#tile-training");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#training-card-0") != null);
        check("training", 3);
        tap("#training-card-0");
        check("training-detail", 2);
        tap("#training-sign-up");
        kiosk.waitUntil(() -> !kiosk.find("#training-notice", javafx.scene.control.Label.class).getText().isEmpty()
                && !kiosk.find("#training-notice", javafx.scene.control.Label.class).getText().startsWith("正在"));
        check("training-detail-signed-up", 2);
        kiosk.freshSession();
        tap("#tile-job_fair");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#job_fair-card-0") != null);
        check("job-fair", 3);
        tap("#job_fair-card-0");
        check("job-fair-detail", 2);
        tap("#job_fair-detail-back");
        tap("#job_fair-tab-live_session");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#job_fair-card-0") != null);
        check("job-fair-live-sessions", 3);
        kiosk.freshSession();
    }

    private void staffAndTechnician() throws Exception {
        logIn("2468");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF);
        for (String tab : new String[] {"health", "paper", "today", "reprint", "alerts", "appointments"}) {
            tap("#staff-tab-" + tab);
            check("staff-" + tab, 6);
        }
        tap("#staff-back");
        logIn("1357");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.TECHNICIAN
                && kiosk.scene().lookup("#technician-port-sim_idcard") != null);
        check("technician", 6);
        tap("#technician-device-printer");
        tap("#technician-port-sim_printer", "#technician-probe");
        kiosk.waitUntil(() -> !kiosk.find("#technician-probe", ButtonBase.class).isDisabled());
        assertThat(RunningKiosk.onFx(() -> kiosk.find("#technician-outcome", javafx.scene.control.Label.class).getText()))
                .as("the probe names the device it found and its state in words")
                .isEqualTo("找到小票打印机：sim:printer。状态：正常");
        check("technician-printer", 10);
        tap("#technician-back");
    }

    private void logIn(String pin) throws Exception {
        RunningKiosk.onFx(() -> {
            for (int i = 0; i < 5; i++) {
                kiosk.bean(SecretTap.class).tap();
            }
            return null;
        });
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF_LOGIN);
        if (pin.equals("2468")) {
            check("staff-pin", 12);
        }
        for (char digit : pin.toCharArray()) {
            tap("#keypad-" + digit);
        }
        tap("#staff-pin-enter");
    }

    /** Font size, weight and colour of the phone number box. */
    private static String phoneDisplayLook() throws Exception {
        return RunningKiosk.onFx(() -> {
            javafx.scene.control.Label display = kiosk.find("#phone-display", javafx.scene.control.Label.class);
            return display.getFont().getSize() + " " + display.getFont().getStyle() + " " + display.getTextFill();
        });
    }

    private static void tap(String... queries) throws Exception {
        for (String query : queries) {
            WaitForAsyncUtils.waitForFxEvents();
            RunningKiosk.onFx(() -> {
                Node node = kiosk.scene().lookup(query);
                assertThat(node).as(query).isInstanceOf(ButtonBase.class);
                assertThat(node.isVisible() && !((ButtonBase) node).isDisabled()).as(query + " can be tapped").isTrue();
                ((ButtonBase) node).fire();
                return null;
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String screen, int minButtons) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path shot = kiosk.snapshot(screen);
        Path sized = RunningKiosk.SCREENSHOTS.resolve(size).resolve(screen + ".png");
        Files.createDirectories(sized.getParent());
        Files.move(shot, sized, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            kiosk.assertAccessible(size + " " + screen, minButtons);
        } catch (AssertionError failure) {
            failures.add(failure.getMessage());
        }
    }

    /**
     * In a portrait window the login-code badge laid over the screen overlaps none of its words or buttons (their
     * whole boxes, which in a portrait window run the width of the screen). In a landscape one it stands in the
     * top-right corner beside left-aligned content, where a centred label's box reaches under it.
     */
    private void badgeCoversNothing(String screen) throws Exception {
        if (!size.equals("1080x1920")) {
            return;
        }
        List<String> covered = RunningKiosk.onFx(() -> {
            javafx.scene.Node badge = kiosk.scene().lookup("#worker-code-badge");
            if (badge == null || !badge.isVisible()) {
                return List.of("no worker-code badge");
            }
            javafx.geometry.Bounds area = badge.localToScene(badge.getLayoutBounds());
            return kiosk.scene().getRoot().lookupAll("*").stream()
                    .filter(node -> shown(node) && !isInside(node, badge))
                    .filter(node -> node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                            && !labeled.getText().isBlank())
                    .filter(node -> node.localToScene(node.getLayoutBounds()).intersects(area))
                    .map(node -> ((javafx.scene.control.Labeled) node).getText())
                    .toList();
        });
        if (!covered.isEmpty()) {
            failures.add(size + " " + screen + ": the login-code badge covers " + covered);
        }
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static DemoSimulators simulators() {
        return kiosk.bean(DemoSimulators.class);
    }
}
