package org.lingong.kiosk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.lingong.kiosk.attract.LoadState;
import org.lingong.kiosk.platform.PlatformUnderTest;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.BackendClient;
import org.testfx.util.WaitForAsyncUtils;

/** Steps of the worker's journey by taps, shared by the whole-app tests. */
final class JourneySteps {

    private JourneySteps() {
    }

    /** A kiosk of the demo station enrolled at {@code platform}, once it has its identity and the job catalog. */
    static RunningKiosk enrolledKiosk(PlatformUnderTest platform, Path dataDir) throws Exception {
        RunningKiosk kiosk = RunningKiosk.start("--kiosk.station.code=" + PlatformUnderTest.DEMO_STATION,
                "--kiosk.station.name=测试驿站", "--kiosk.platform.url=" + platform.url(),
                "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE, "--kiosk.platform.data-dir=" + dataDir);
        BackendClient backend = kiosk.bean(BackendClient.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> backend.identity().isPresent()
                && backend.catalog().size() > 0);
        return kiosk;
    }

    /** Closes the kiosk, then the platform; either may be missing (its start failed). */
    static void close(@Nullable RunningKiosk kiosk, @Nullable PlatformUnderTest platform) throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** From the card step to 同意 (phone 13812345678, 建筑小工, 200-300, tomorrow, unemployed), by taps. */
    static void registerByTaps(RunningKiosk kiosk) throws Exception {
        kiosk.robot.clickOn("#registration-next");
        for (String key : List.of("1", "3", "8", "1", "2", "3", "4", "5", "6", "7", "8")) {
            kiosk.robot.clickOn("#keypad-" + key);
        }
        kiosk.robot.clickOn("#registration-next");
        kiosk.waitUntil(() -> kiosk.robot.lookup("#category-G101").tryQuery().isPresent());
        kiosk.robot.clickOn("#category-G101");
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#pay-from_200_to_300");
        kiosk.robot.clickOn("#availability-tomorrow");
        kiosk.robot.clickOn("#status-unemployed");
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#consent-agree");
        kiosk.waitUntil(() -> kiosk.bean(RegistrationViewModel.class).stepProperty().get() == RegistrationStep.DONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the search screen, once the results are in: opens the detail of result {@code index} of the first page. */
    static Job openJob(RunningKiosk kiosk, int index) throws Exception {
        SearchViewModel search = kiosk.bean(SearchViewModel.class);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && search.stateProperty().get() == LoadState.READY
                && kiosk.robot.lookup("#search-card-" + index).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        kiosk.robot.clickOn("#search-card-" + index);
        kiosk.waitUntil(() -> search.selectedProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return RunningKiosk.onFx(() -> search.selectedProperty().get().orElseThrow());
    }
}
