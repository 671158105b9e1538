package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.demo.DemoPanelViewModel;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.recognition.WorkerCodeBadgeViewModel;
import org.lingong.kiosk.registration.Availability;
import org.lingong.kiosk.registration.EmploymentStatus;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each test registers a different card (the store outlives the sessions). Recognition and QR login in the whole kiosk (demo simulators, no platform): register with a card, wipe, the same
 * card again welcomes the worker on the search screen; the worker code from the done step logs them in; the 扫码
 * screen. Waits for states, never for time.
 */
class WorkerRecognitionUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false", "--kiosk.demo.enabled=true");
    private static DemoPanelViewModel demo;

    @BeforeAll
    static void prepare() {
        demo = kiosk.bean(DemoPanelViewModel.class);
    }

    @BeforeEach
    void freshSession() throws Exception {
        removeCard();
        kiosk.freshSession();
    }

    @Test
    void registeredWithACardThenWipedTheSameCardWelcomesTheWorkerOnTheSearchScreen() throws Exception {
        place(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER
                && registration().stepProperty().get() == RegistrationStep.CARD);
        register();
        ActiveWorker registered = worker().current().orElseThrow();
        kiosk.waitUntil(() -> kiosk.find("#worker-code-qr", ImageView.class).getImage() != null);
        assertThat(kiosk.find("#worker-code-caption", Label.class).getText()).isEqualTo("下次扫码即可登录");
        assertThat(kiosk.find("#worker-code-title", Label.class).getText()).as("not to be taken for the slip")
                .isEqualTo("我的登录码（不是推荐单）");
        assertThat(kiosk.find("#worker-code-badge", Node.class).isVisible()).isTrue();
        AccessibilityChecks.Report done = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(done.violations).as("done step with the worker code").isEmpty();
        kiosk.snapshot("registration-6-done-worker-code");

        removeCard();
        kiosk.freshSession();
        assertThat(worker().current()).isEmpty();
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(WorkerCodeBadgeViewModel.class).codeProperty().get()))
                .as("the worker code goes with the session").isEmpty();

        place(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB && worker().current().isPresent());
        assertThat(worker().current()).contains(registered);
        assertThat(notices().current()).contains(Notice.WELCOME);
        kiosk.waitUntil(() -> kiosk.find("#notice-title", Label.class).getText().equals("欢迎回来，王*例"));
        assertThat(kiosk.find("#notice-overlay", StackPane.class).isVisible()).isTrue();
        // the search screen may be shown for the first time: wait for its first layout pass before measuring
        kiosk.waitUntil(() -> kiosk.find("#search-category-any", javafx.scene.Node.class).getLayoutBounds().getWidth() > 0);
        AccessibilityChecks.Report welcome = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(welcome.violations).as("welcome notice").isEmpty();
        kiosk.snapshot("welcome-back");

        byte[] store = Files.readAllBytes(kiosk.dataDir().resolve(KnownWorkers.FILE_NAME));
        String asText = new String(store, StandardCharsets.ISO_8859_1);
        for (String secret : new String[] {FictionalCards.RESIDENT.documentNumber(), "王示例", "王*例",
                "110***********1233"}) {
            assertThat(asText).as("store holds no " + secret)
                    .doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void theWorkerCodeFromTheDoneStepLogsTheWorkerInFromTheScanScreen() throws Exception {
        place(FictionalCards.MONGOLIAN_WORKER);
        kiosk.waitUntil(() -> registration().stepProperty().get() == RegistrationStep.CARD);
        register();
        String code = RunningKiosk.onFx(() -> kiosk.bean(WorkerCodeBadgeViewModel.class).codeProperty().get())
                .orElseThrow();
        ActiveWorker registered = worker().current().orElseThrow();
        removeCard();
        kiosk.freshSession();

        kiosk.robot.clickOn("#tile-scan");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.SCAN);
        assertThat(kiosk.find("#scan-prompt", Label.class).getText()).isEqualTo("请把二维码对准下方扫码口");
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).as("scan screen").isEmpty();
        assertThat(report.buttons).isGreaterThanOrEqualTo(1);
        kiosk.snapshot("scan-screen");

        RunningKiosk.onFx(() -> {
            demo.scan(code);
            return null;
        });
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB && worker().current().isPresent());
        assertThat(worker().current()).contains(registered);
        assertThat(notices().current()).contains(Notice.WELCOME);
    }

    @Test
    void theScanScreensBackButtonReturnsHome() throws Exception {
        kiosk.robot.clickOn("#tile-scan");
        kiosk.robot.clickOn("#scan-back");

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    /** Fills in and agrees to the registration of the placed card (view-model calls, as the taps would make). */
    private static void register() throws Exception {
        RunningKiosk.onFx(() -> {
            RegistrationViewModel vm = registration();
            vm.next();
            "13812345678".chars().forEach(c -> vm.phone().press(c - '0'));
            vm.next();
            return null;
        });
        kiosk.waitUntil(() -> !registration().categories().isEmpty());
        RunningKiosk.onFx(() -> {
            RegistrationViewModel vm = registration();
            vm.toggleCategory(vm.categories().get(0).code());
            vm.next();
            vm.choosePay(PayExpectation.NEGOTIABLE);
            vm.chooseAvailability(Availability.TOMORROW);
            vm.chooseStatus(EmploymentStatus.UNEMPLOYED);
            vm.next();
            vm.agree();
            return null;
        });
        kiosk.waitUntil(() -> registration().stepProperty().get() == RegistrationStep.DONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void place(org.lingong.devices.idcard.codec.IdCard card) throws Exception {
        RunningKiosk.onFx(() -> {
            demo.place(card);
            return null;
        });
    }

    /** Takes the card off and waits until the reader has polled the empty slot (so the next placement is seen). */
    private static void removeCard() throws Exception {
        DemoSimulators simulators = kiosk.bean(DemoSimulators.class);
        RunningKiosk.onFx(() -> {
            demo.removeCard();
            return null;
        });
        int finds = simulators.reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators.reader().receivedCount(SamCommand.FIND_CARD) >= finds + 3);
    }

    private static RegistrationViewModel registration() {
        return kiosk.bean(RegistrationViewModel.class);
    }

    private static WorkerSession worker() {
        return kiosk.bean(WorkerSession.class);
    }

    private static NoticeViewModel notices() {
        return kiosk.bean(NoticeViewModel.class);
    }
}
