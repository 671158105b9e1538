package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.content.ContentScreenViewModel;
import org.lingong.kiosk.content.ListStatus;
import org.lingong.kiosk.shell.Screen;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the platform but with no content bundle yet (this kiosk has no enrollment code, so it never gets one): both
 * screens say calmly that there is no information yet, and that nothing has come from the platform.
 */
class ContentNotYetUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass();

    @Test
    void withoutABundleBothScreensSayThereIsNoInformationYet() throws Exception {
        kiosk.robot.clickOn("#tile-training");
        kiosk.waitUntil(() -> viewModel("trainingViewModel").statusProperty().get() == ListStatus.NO_CONTENT_YET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.find("#training-message", Label.class).getText())
                .isEqualTo("暂时没有培训信息。请稍后再来看看，或问驿站工作人员。");
        assertThat(kiosk.find("#training-updated", Label.class).getText()).isEqualTo("尚未从平台获取信息");
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).isEmpty();
        kiosk.snapshot("training-not-yet");
        kiosk.robot.clickOn("#training-back");

        kiosk.robot.clickOn("#tile-job_fair");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.JOB_FAIR);
        kiosk.waitUntil(() -> viewModel("jobFairViewModel").statusProperty().get() == ListStatus.NO_CONTENT_YET);
        kiosk.robot.clickOn("#job_fair-tab-live_session");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.find("#job_fair-message", Label.class).getText())
                .isEqualTo("暂时没有直播带岗信息。请稍后再来看看，或问驿站工作人员。");
    }

    private static ContentScreenViewModel viewModel(String name) {
        return kiosk.app().context().getBean(name, ContentScreenViewModel.class);
    }
}
