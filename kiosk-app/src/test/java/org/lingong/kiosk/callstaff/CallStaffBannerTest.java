package org.lingong.kiosk.callstaff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.util.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The line after a call shows for a while and goes, so that it does not cover the screen's buttons all visit. */
class CallStaffBannerTest {

    private final StaffAlerts alerts = new StaffAlerts(Clock.systemUTC());
    private final CallStaffViewModel callStaff = new CallStaffViewModel(alerts, new RecordingKioskEvents(),
            new CurrentThreadTaskExecutor(), "幸福路驿站 (ST-1)", () -> "FIND_JOB");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theLineShowsAfterTheCallAndAgainWhenStaffAnswerEachTimeForAWhile() throws Exception {
        CallStaffBanner banner = onFx(() -> new CallStaffBanner(callStaff, new Messages(KioskLanguage.ZH_CN),
                Duration.millis(300)));
        assertThat(onFx(banner::isVisible)).as("nothing called yet").isFalse();

        onFx(() -> {
            callStaff.call();
            return null;
        });
        assertThat(onFx(banner::isVisible)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(banner::isVisible));

        onFx(() -> {
            alerts.acknowledge(alerts.open().get(0).id()); // 已处理 on the staff screen
            return null;
        });
        assertThat(onFx(() -> callStaff.stateProperty().get())).isEqualTo(CallState.COMING);
        assertThat(onFx(banner::isVisible)).as("the answer shows again").isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(banner::isVisible));
        assertThat(onFx(() -> callStaff.stateProperty().get())).as("the top bar's button keeps the state")
                .isEqualTo(CallState.COMING);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
