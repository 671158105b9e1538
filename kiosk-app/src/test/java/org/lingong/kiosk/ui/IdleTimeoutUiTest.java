package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.rating.RatingStage;
import org.lingong.kiosk.rating.RatingViewModel;
import org.lingong.kiosk.shell.Screen;

/**
 * The idle timer in the running app with a 3 s timeout and a 4 s countdown: the real heartbeat and
 * clock drive it, the test only waits for the states (no fixed sleeps, no timing assertions). The timeout leaves the
 * robot time for two taps on a busy machine (with 1 s the overlay sometimes came before the second tap).
 */
class IdleTimeoutUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.idle.timeout=3s", "--kiosk.idle.warning=4s",
            "--kiosk.rating.enabled=true").freshSessionBeforeEach();

    /** The last test's session, ended on purpose before this one, may have asked for a rating: put away. */
    @BeforeEach
    void noRatingOnTheScreen() throws Exception {
        RunningKiosk.onFx(() -> {
            kiosk.bean(RatingViewModel.class).dismiss();
            return null;
        });
    }

    @Test
    void withoutATouchTheAttractScreenNeverAsksAreYouStillThere() throws Exception {
        long heartbeatsToWaitFor = 4;   // longer than the idle timeout
        long start = System.nanoTime();
        kiosk.waitUntil(() -> System.nanoTime() - start > heartbeatsToWaitFor * 1_000_000_000L);

        assertThat(overlay().isVisible()).isFalse();
        assertThat(kiosk.idle().isSessionActive()).isFalse();
    }

    @Test
    void idleCountdownThenWipeReturnsToTheAttractScreenInChinese() throws Exception {
        kiosk.robot.clickOn("#language-en");
        kiosk.waitUntil(() -> kiosk.messages().language() == KioskLanguage.EN);
        kiosk.robot.clickOn("#tile-scan");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.SCAN);

        kiosk.waitUntil(() -> overlay().isVisible());
        assertThat(kiosk.find("#idle-question", Label.class).getText()).isEqualTo("Are you still there?");
        assertThat(kiosk.find("#idle-countdown", Label.class).getText()).matches("Returning to the home screen in [1-4] s\\..*");
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).as("idle overlay").isEmpty();

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT && !overlay().isVisible());

        assertThat(kiosk.messages().language()).isEqualTo(KioskLanguage.ZH_CN);
        assertThat(kiosk.find("#tile-scan", Button.class).getText()).isEqualTo("扫码");
    }

    @Test
    void aVisitWhosePersonWalkedAwayIsNotRatedByTheNextPerson() throws Exception {
        kiosk.robot.clickOn("#tile-training");
        kiosk.waitUntil(() -> overlay().isVisible());

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT && !overlay().isVisible());

        assertThat(RunningKiosk.onFx(() -> kiosk.bean(RatingViewModel.class).stageProperty().get()))
                .as("nobody is asked about the visit of someone who left").isEqualTo(RatingStage.HIDDEN);
        kiosk.robot.clickOn("#tile-training");
        RunningKiosk.onFx(() -> {
            kiosk.idle().endSession(); // 退出: the person ends the visit while still there
            return null;
        });
        kiosk.waitUntil(() -> RunningKiosk.onFx(() -> kiosk.bean(RatingViewModel.class).stageProperty().get())
                == RatingStage.ASKING);
    }

    @Test
    void continueKeepsTheWorkerWhereTheyWere() throws Exception {
        kiosk.robot.clickOn("#tile-training");
        kiosk.waitUntil(() -> overlay().isVisible());
        assertThat(kiosk.find("#idle-countdown", Label.class).getText()).matches("[1-4] 秒后返回首页，您的信息会被清除。");
        kiosk.snapshot("idle-overlay-zh");

        kiosk.robot.clickOn("#idle-continue");

        assertThat(overlay().isVisible()).isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.TRAINING);
        assertThat(kiosk.idle().isSessionActive()).isTrue();
    }

    private static StackPane overlay() {
        return kiosk.find("#idle-overlay", StackPane.class);
    }
}
