package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.content.ContentScreenViewModel;
import org.lingong.kiosk.content.ListStatus;
import org.lingong.kiosk.content.SignUpState;
import org.lingong.kiosk.content.SignUps;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.events.SignUpTarget;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 培训 and 招聘会 in the whole demo kiosk (off the platform: the bundled demo list) on a headless 1920×1080 screen:
 * opened from the attract tiles, a card's detail, 我要报名 / 我要参加 with its calm confirmation, the 直播带岗 tab,
 * the elderly-friendly rules in both languages, and the wipe.
 */
class ContentUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false")
            .freshSessionBeforeEach();

    @Test
    void trainingFromItsTileListsTheDemoCoursesAndSigningUpTwiceSendsOnce() throws Exception {
        open("#tile-training", Screen.TRAINING, "trainingViewModel");
        assertThat(kiosk.find("#training-title", Label.class).getText()).isEqualTo("职业技能培训");
        assertThat(kiosk.find("#training-updated", Label.class).getText()).isEqualTo("演示内容，不是真实信息");
        assertThat(cardTexts("#training-card-0")).contains("中式面点师", "自费")
                .anyMatch(text -> text.startsWith("明天开课，到"));
        assertThat(kiosk.robot.lookup(".content-card").queryAll()).hasSize(3);
        assertPasses("training list", 4);
        kiosk.snapshot("training");

        kiosk.robot.clickOn("#training-card-0");
        kiosk.waitUntil(() -> viewModel("trainingViewModel").selectedProperty().get().isPresent());
        assertThat(kiosk.find("#training-detail-title", Label.class).getText()).isEqualTo("中式面点师");
        assertThat(kiosk.find("#training-sign-up", Button.class).getText()).isEqualTo("我要报名");
        kiosk.robot.clickOn("#training-sign-up");
        kiosk.waitUntil(() -> viewModel("trainingViewModel").signUpStateProperty().get()
                == SignUpState.SIGNED_UP_ANONYMOUSLY);
        assertThat(kiosk.find("#training-notice", Label.class).getText())
                .isEqualTo("已记录。想让工作人员联系您，请先刷身份证登记。");
        assertThat(kiosk.find("#training-sign-up", Button.class).getText()).as("without a card nobody can call back: not 已报名")
                .isEqualTo("已记下");
        assertThat(kiosk.find("#training-sign-up", Button.class).isDisabled()).isTrue();
        assertPasses("training detail", 2);
        kiosk.snapshot("training-detail");

        kiosk.robot.clickOn("#training-detail-back");
        kiosk.robot.clickOn("#training-card-0");
        kiosk.waitUntil(() -> viewModel("trainingViewModel").selectedProperty().get().isPresent());
        assertThat(kiosk.find("#training-sign-up", Button.class).getText()).isEqualTo("已记下");
        kiosk.robot.clickOn("#training-detail-back");
        kiosk.robot.clickOn("#training-back");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void jobFairsFromTheirTileShowTodayFirstAndTheLiveTabAndSigningUpIsConfirmed() throws Exception {
        open("#tile-job_fair", Screen.JOB_FAIR, "jobFairViewModel");
        assertThat(kiosk.find("#job_fair-title", Label.class).getText()).isEqualTo("招聘会和直播带岗");
        assertThat(kiosk.robot.lookup(".content-card").queryAll()).hasSize(3);
        assertThat(cardTexts("#job_fair-card-0")).anyMatch(text -> text.startsWith("今天") || text.startsWith("明天")
                || text.startsWith("正在进行"));
        assertPasses("job fair list", 5);
        kiosk.snapshot("job-fair");

        kiosk.robot.clickOn("#job_fair-tab-live_session");
        kiosk.waitUntil(() -> viewModel("jobFairViewModel").tabProperty().get() == SignUpTarget.LIVE_SESSION);
        assertThat(kiosk.robot.lookup(".content-card").queryAll()).hasSize(2);
        assertThat(cardTexts("#job_fair-card-0")).contains("物流园区分拣员直播带岗");
        assertPasses("live session list", 5);
        kiosk.snapshot("job-fair-live");

        kiosk.robot.clickOn("#job_fair-card-0");
        kiosk.waitUntil(() -> viewModel("jobFairViewModel").selectedProperty().get().isPresent());
        assertThat(kiosk.find("#job_fair-sign-up", Button.class).getText()).isEqualTo("我要参加");
        kiosk.robot.clickOn("#job_fair-sign-up");
        kiosk.waitUntil(() -> !kiosk.find("#job_fair-notice", Label.class).getText().isEmpty()
                && viewModel("jobFairViewModel").signUpStateProperty().get() != SignUpState.SENDING);
        assertThat(kiosk.find("#job_fair-notice", Label.class).getText()).startsWith("已记录");
        kiosk.snapshot("job-fair-detail");
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(SignUps.class).stateOf(SignUpTarget.LIVE_SESSION, 9201)))
                .isEqualTo(SignUpState.SIGNED_UP_ANONYMOUSLY);

        kiosk.freshSession();

        assertThat(RunningKiosk.onFx(() -> kiosk.bean(SignUps.class).stateOf(SignUpTarget.LIVE_SESSION, 9201)))
                .isEqualTo(SignUpState.NONE);
        open("#tile-job_fair", Screen.JOB_FAIR, "jobFairViewModel");
        assertThat(RunningKiosk.onFx(() -> viewModel("jobFairViewModel").tabProperty().get()))
                .isEqualTo(SignUpTarget.JOB_FAIR);
        assertThat(kiosk.find("#job_fair-detail", Node.class).isVisible()).isFalse();
    }

    @Test
    void bothScreensAndTheDetailMeetTheElderlyFriendlyRulesInEnglishToo() throws Exception {
        kiosk.robot.clickOn("#language-en");
        open("#tile-training", Screen.TRAINING, "trainingViewModel");
        assertThat(kiosk.find("#training-title", Label.class).getText()).isEqualTo("Vocational training");
        assertPasses("training en", 4);
        kiosk.snapshot("training-en");
        kiosk.robot.clickOn("#training-card-1");
        kiosk.waitUntil(() -> viewModel("trainingViewModel").selectedProperty().get().isPresent());
        assertPasses("training detail en", 2);
        kiosk.snapshot("training-detail-en");
        kiosk.robot.clickOn("#training-detail-back");
        kiosk.robot.clickOn("#training-back");

        open("#tile-job_fair", Screen.JOB_FAIR, "jobFairViewModel");
        assertPasses("job fair en", 5);
        kiosk.snapshot("job-fair-en");
    }

    private static void open(String tile, Screen screen, String viewModel) throws Exception {
        kiosk.robot.clickOn(tile);
        assertThat(kiosk.navigator().current()).isEqualTo(screen);
        kiosk.waitUntil(() -> viewModel(viewModel).statusProperty().get() == ListStatus.SHOWN
                && !viewModel(viewModel).page().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ContentScreenViewModel viewModel(String name) {
        return kiosk.app().context().getBean(name, ContentScreenViewModel.class);
    }

    private static List<String> cardTexts(String card) throws Exception {
        Button button = kiosk.find(card, Button.class);
        return RunningKiosk.onFx(() -> button.lookupAll(".label").stream().map(node -> ((Label) node).getText())
                .toList());
    }

    private static void assertPasses(String screen, int minButtons) throws Exception {
        kiosk.assertAccessible(screen, minButtons);
    }
}
