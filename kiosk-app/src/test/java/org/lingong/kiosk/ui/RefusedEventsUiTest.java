package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.PinHash;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.lingong.testing.platform.PlatformUnderTest;
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

    @RegisterExtension
    static final KioskOnPlatform both = new KioskOnPlatform(
            "--kiosk.staff.pin-hash=" + PinHash.create("2468", 1_000),
            "--kiosk.staff.technician-pin-hash=" + PinHash.create("1357", 1_000));

    @Test
    void aRefusedReferralIsShownToStaffAndOnTheFleetPageAndTheWorkerIsNotToldDoneAgain() throws Exception {
        both.kiosk().freshSession();
        both.journey().simulators().printer().setState(SimulatedPrinterState.ONLINE);
        both.journey().placeCard(FictionalCards.RESIDENT);
        both.journey().registerByTaps("G101");
        both.kiosk().robot.clickOn("#registration-find-work");
        Job job = both.journey().openFirstJob();
        both.kiosk().robot.clickOn("#search-apply");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        both.platform().withdrawJob(job.id());
        both.kiosk().robot.clickOn("#referral-confirm");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            both.journey().backend().deliverSoon();
            return both.journey().backend().outboxStats().parked() == 1;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> both.kiosk().bean(StaffAlerts.class).open().stream()
                .anyMatch(alert -> alert.kind() == StaffAlertKind.OUTBOX));
        both.kiosk().waitUntil(() -> both.kiosk().bean(NoticeViewModel.class).current().equals(Optional.of(Notice.RECORD_REFUSED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(both.journey().text("#notice-title")).isEqualTo("平台没有接受您的信息");
        both.kiosk().snapshot("record-refused-notice");
        both.kiosk().robot.clickOn("#notice-ok");
        both.kiosk().robot.clickOn("#referral-continue");
        String expectedWords = "王*例 · 推荐单 " + slip.slipNumber() + " · 岗位已下架或不存在";

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> both.platform().fleetPage().contains("推荐单 " + slip.slipNumber()
                + "：岗位已下架或不存在"));
        String fleet = both.platform().fleetPage();
        String terminalId = both.journey().backend().identity().orElseThrow().terminalId();
        assertThat(fleet.substring(fleet.indexOf(terminalId))).contains("1 条事件被平台拒收");

        both.kiosk().robot.clickOn("#search-card-1");
        both.kiosk().waitUntil(() -> both.kiosk().bean(org.lingong.kiosk.search.SearchViewModel.class).selectedProperty().get()
                .isPresent());
        int printedBefore = both.journey().simulators().printer().receipts().size();
        both.kiosk().robot.clickOn("#search-apply");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        both.kiosk().robot.clickOn("#referral-confirm");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.REFUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(both.journey().text("#referral-message")).startsWith("就业服务平台没有接受您之前的一条记录");
        both.kiosk().snapshot("referral-5-refused");
        assertThat(both.journey().simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(both.journey().backend().outboxStats().parked()).as("still the one refused event").isEqualTo(1);
        assertThat(both.platform().referralsFrom(STATION)).isZero();

        both.kiosk().freshSession();
        assertThat(RunningKiosk.onFx(() -> both.kiosk().bean(WorkerSession.class).current())).isEmpty();
        logInAsStaff();
        both.kiosk().robot.clickOn("#staff-tab-alerts");
        both.kiosk().waitUntil(() -> both.kiosk().scene().lookup("#staff-alerts-none") == null);
        WaitForAsyncUtils.waitForFxEvents();
        String alertsTab = RunningKiosk.onFx(() -> allText(both.kiosk().scene().getRoot()));
        assertThat(alertsTab).contains("平台没有接收：" + expectedWords).doesNotContain("王示例", "110101199003071233");
        both.kiosk().snapshot("staff-alerts-refused-event");
        both.kiosk().robot.clickOn("#staff-back");
    }

    private static void logInAsStaff() throws Exception {
        both.kiosk().robot.moveTo("#station-box");
        for (int tap = 0; tap < 5; tap++) {
            both.kiosk().robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        both.kiosk().waitUntil(() -> both.kiosk().navigator().current() == Screen.STAFF_LOGIN);
        for (char digit : "2468".toCharArray()) {
            both.kiosk().robot.clickOn("#keypad-" + digit);
        }
        both.kiosk().robot.clickOn("#staff-pin-enter");
        both.kiosk().waitUntil(() -> both.kiosk().navigator().current() == Screen.STAFF);
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
        return both.kiosk().bean(ReferralViewModel.class);
    }
}
