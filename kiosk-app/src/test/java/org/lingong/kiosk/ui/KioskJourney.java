package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;

import org.jspecify.annotations.Nullable;

import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/** The worker's journey steps by taps on a {@link RunningKiosk} with its in-process simulators and platform link. */
final class KioskJourney {

    private final RunningKiosk kiosk;

    KioskJourney(RunningKiosk kiosk) {
        this.kiosk = kiosk;
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

    /** Takes any card off the reader, waits until the reader has looked for a card again, then places {@code card}. */
    void placeCard(IdCard card) throws Exception {
        simulators().reader().remove();
        int finds = simulators().reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators().reader().receivedCount(SamCommand.FIND_CARD) >= finds + 2);
        simulators().reader().place(card);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER
                && kiosk.bean(RegistrationViewModel.class).stepProperty().get() == RegistrationStep.CARD);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the card step to 想做的工作, by taps (a fictional phone number), once the tiles are there. */
    void toWorkTypes() throws Exception {
        kiosk.robot.clickOn("#registration-next");
        for (String key : List.of("1", "3", "8", "1", "2", "3", "4", "5", "6", "7", "8")) {
            kiosk.robot.clickOn("#keypad-" + key);
        }
        kiosk.robot.clickOn("#registration-next");
        kiosk.waitUntil(() -> kiosk.robot.lookup("#category-tiles .button").tryQuery().isPresent());
    }

    /** From the card step to 同意, by taps, choosing the work type {@code categoryCode} (on the first page). */
    void registerByTaps(String categoryCode) throws Exception {
        toWorkTypes();
        kiosk.robot.clickOn("#category-" + categoryCode);
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#pay-from_200_to_300");
        kiosk.robot.clickOn("#availability-tomorrow");
        kiosk.robot.clickOn("#status-unemployed");
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#consent-agree");
        kiosk.waitUntil(() -> kiosk.bean(RegistrationViewModel.class).stepProperty().get() == RegistrationStep.DONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the search screen's results and opens the first job's detail. */
    Job openFirstJob() throws Exception {
        return openJob(0);
    }

    /** Waits for the search screen's results and opens the detail of result {@code index} of the first page. */
    Job openJob(int index) throws Exception {
        SearchViewModel search = kiosk.bean(SearchViewModel.class);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && search.stateProperty().get() == LoadState.READY);
        if (!RunningKiosk.onFx(() -> search.preferred().isEmpty())) {
            kiosk.robot.clickOn("#search-show-all"); // the worker's registered 工种 may have no job this season
        }
        kiosk.waitUntil(() -> search.stateProperty().get() == LoadState.READY
                && kiosk.robot.lookup("#search-card-" + index).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        kiosk.robot.clickOn("#search-card-" + index);
        kiosk.waitUntil(() -> search.selectedProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return RunningKiosk.onFx(() -> search.selectedProperty().get().orElseThrow());
    }

    /** Waits until the outbox has delivered everything (nothing parked). */
    void awaitOutboxDrained() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            backend().deliverSoon();
            return backend().outboxStats().depth() == 0;
        });
        backend().deliverNow();
        assertThat(backend().outboxStats().parked()).as("parked events").isZero();
    }

    String text(String query) {
        return kiosk.find(query, Label.class).getText();
    }

    DemoSimulators simulators() {
        return kiosk.bean(DemoSimulators.class);
    }

    BackendClient backend() {
        return kiosk.bean(BackendClient.class);
    }
}
