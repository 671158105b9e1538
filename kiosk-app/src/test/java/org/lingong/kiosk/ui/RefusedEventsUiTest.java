package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.platform.PlatformUnderTest;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.PinHash;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing is stuck silently, with the real platform over HTTP: a referral the platform refuses (its job was withdrawn
 * between the kiosk's catalog refresh and 确认报名) is parked; staff see it in the 提醒 tab in words (masked worker, slip
 * number, reason), the worker still at the kiosk is told at once after the sync that got the refusal (not only at the
 * next 确认报名), the platform's fleet page shows it as an alert on this terminal from the heartbeat, and the same
 * worker's next 确认报名 issues no slip but asks them to see staff.
 */
class RefusedEventsUiTest {

    private static final String STATION = PlatformUnderTest.DEMO_STATION;

    @TempDir
    static Path temp;

    private static KioskOnPlatform both;
    private static PlatformUnderTest platform;
    private static RunningKiosk kiosk;
    private static KioskJourney journey;

    @BeforeAll
    static void start() throws Exception {
        both = KioskOnPlatform.start(temp,
                "--kiosk.staff.pin-hash=" + PinHash.create("2468", 1_000),
                "--kiosk.staff.technician-pin-hash=" + PinHash.create("1357", 1_000));
        platform = both.platform;
        kiosk = both.kiosk;
        journey = both.journey;
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void aRefusedReferralIsShownToStaffAndOnTheFleetPageAndTheWorkerIsNotToldDoneAgain() throws Exception {
        kiosk.freshSession();
        journey.simulators().printer().setState(SimulatedPrinterState.ONLINE);
        journey.placeCard(FictionalCards.RESIDENT);
        journey.registerByTaps("G101");
        kiosk.robot.clickOn("#registration-find-work");
        Job job = journey.openFirstJob();
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        platform.withdrawJob(job.id());
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            journey.backend().dispatcher().wake();
            return journey.backend().outbox().stats().parked() == 1;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> kiosk.bean(StaffAlerts.class).open().stream()
                .anyMatch(alert -> alert.kind() == StaffAlertKind.OUTBOX));
        kiosk.waitUntil(() -> kiosk.bean(NoticeViewModel.class).current().equals(Optional.of(Notice.RECORD_REFUSED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journey.text("#notice-title")).isEqualTo("平台没有接受您的信息");
        kiosk.snapshot("record-refused-notice");
        kiosk.robot.clickOn("#notice-ok");
        kiosk.robot.clickOn("#referral-continue");
        String expectedWords = "王*例 · 推荐单 " + slip.slipNumber() + " · 岗位已下架或不存在";

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> platform.fleetPage().contains("推荐单 " + slip.slipNumber()
                + "：岗位已下架或不存在"));
        String fleet = platform.fleetPage();
        String terminalId = journey.backend().identity().orElseThrow().terminalId();
        assertThat(fleet.substring(fleet.indexOf(terminalId))).contains("1 条事件被平台拒收");

        kiosk.robot.clickOn("#search-card-1");
        kiosk.waitUntil(() -> kiosk.bean(org.lingong.kiosk.search.SearchViewModel.class).selectedProperty().get()
                .isPresent());
        int printedBefore = journey.simulators().printer().receipts().size();
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.REFUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journey.text("#referral-message")).startsWith("就业服务平台没有接受您之前的一条记录");
        kiosk.snapshot("referral-5-refused");
        assertThat(journey.simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(journey.backend().outbox().stats().parked()).as("still the one refused event").isEqualTo(1);
        assertThat(platform.referralsFrom(STATION)).isZero();

        kiosk.freshSession();
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(WorkerSession.class).current())).isEmpty();
        logInAsStaff();
        kiosk.robot.clickOn("#staff-tab-alerts");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#staff-alerts-none") == null);
        WaitForAsyncUtils.waitForFxEvents();
        String alertsTab = RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot()));
        assertThat(alertsTab).contains("平台没有接收：" + expectedWords).doesNotContain("王示例", "110101199003071233");
        kiosk.snapshot("staff-alerts-refused-event");
        kiosk.robot.clickOn("#staff-back");
    }

    private static void logInAsStaff() throws Exception {
        kiosk.robot.moveTo("#station-box");
        for (int tap = 0; tap < 5; tap++) {
            kiosk.robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF_LOGIN);
        for (char digit : "2468".toCharArray()) {
            kiosk.robot.clickOn("#keypad-" + digit);
        }
        kiosk.robot.clickOn("#staff-pin-enter");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF);
    }

    private static String allText(Node root) {
        StringBuilder text = new StringBuilder();
        if (root instanceof Labeled labeled && root.isVisible()) {
            text.append(labeled.getText()).append('\n');
        }
        if (root instanceof javafx.scene.Parent parent && root.isVisible()) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(allText(child)));
        }
        return text.toString();
    }

    private static ReferralViewModel referral() {
        return kiosk.bean(ReferralViewModel.class);
    }
}
