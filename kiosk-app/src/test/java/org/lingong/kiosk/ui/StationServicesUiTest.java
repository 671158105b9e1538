package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.alert.StaffAlert;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.platform.PlatformContent;
import org.lingong.kiosk.policy.PolicyListState;
import org.lingong.kiosk.policy.PolicyViewModel;
import org.lingong.kiosk.rating.RatingStage;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.rating.RatingViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.TodayViewModel;
import org.lingong.kiosk.survey.StatusCheckStage;
import org.lingong.kiosk.survey.StatusCheckViewModel;
import org.lingong.kiosk.testing.StationDayMargin;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.worker.WorkerSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 items 2-6 in the whole app on the real platform (one platform and kiosk, tests in order): 呼叫工作人员 with
 * the platform down (shown at once, sent once later, acknowledged by staff), 好差评 tapped twice (counted once) and a
 * low rating with reasons (a staff alert), 就业状态核实 of a returning worker, 政策 found by letters with a QR, the
 * funnel at the platform without any worker in it, and the station's figures in 今日统计.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationServicesUiTest {

    /** 今日统计 is read at the end of the class: its first tests' events must fall on the same station day. */
    @RegisterExtension
    @Order(0)
    static final StationDayMargin sameDay = new StationDayMargin(ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(8));

    @RegisterExtension
    @Order(1)
    static final KioskOnPlatform both = new KioskOnPlatform("--kiosk.rating.enabled=true",
            "--kiosk.status-check.enabled=true");

    private static final String STATION = KioskOnPlatform.STATION;

    @Test
    @Order(1)
    void aCallWithThePlatformDownShowsAtOnceIsSentOnceLaterAndStaffAreComing() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        startOnTheSearchScreen();
        both.platform().stop();

        Point2D button = center("#call-staff");
        kiosk.robot.clickOn(button);
        kiosk.robot.clickOn(button); // a second tap calls nobody twice
        kiosk.waitUntil(() -> kiosk.find("#call-staff-banner", Node.class).isVisible());

        assertThat(text("#call-staff-status")).isEqualTo("已通知工作人员，请在这里稍候");
        assertThat(kiosk.find("#call-staff", Button.class).getText()).isEqualTo("已呼叫");
        List<StaffAlert> calls = staffCalls();
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.detail())
                .isEqualTo("测试驿站 (" + STATION + ") · FIND_JOB"));
        kiosk.snapshot("call-staff-1-called");
        portraitSnapshot("call-staff-called");

        RunningKiosk.onFx(() -> {
            kiosk.bean(StaffAlerts.class).acknowledge(calls.get(0).id()); // 已处理 on the staff screen's 提醒 tab
            return null;
        });
        kiosk.waitUntil(() -> "马上到".equals(kiosk.find("#call-staff", Button.class).getText()));
        assertThat(text("#call-staff-status")).isEqualTo("工作人员已收到，马上就到");
        kiosk.snapshot("call-staff-2-coming");

        both.platform().restart();
        both.journey().awaitOutboxDrained();
        assertThat(both.platform().eventsFrom(STATION, "STAFF_CALLED")).isEqualTo(1);
        both.journey().backend().deliverNow();
        assertThat(both.platform().eventsFrom(STATION, "STAFF_CALLED")).as("once, however often sent").isEqualTo(1);
    }

    @Test
    @Order(2)
    void aFaceTappedTwiceIsCountedOnceAndTheVisitArrivesWithoutAWorker() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        int ratingsBefore = both.platform().eventsFrom(STATION, "FEEDBACK");
        kiosk.freshSession();
        dismissRating();
        both.journey().awaitOutboxDrained();
        int visitsBefore = both.platform().eventsFrom(STATION, "VISIT_COUNT");
        kiosk.robot.clickOn("#tile-find_job");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB);

        kiosk.freshSession(); // the session ends on purpose (as by 退出; one that times out is not rated)
        kiosk.waitUntil(() -> kiosk.find("#rating-overlay", Node.class).isVisible());
        assertThat(text("#rating-question")).isEqualTo("您对本次服务满意吗？");
        kiosk.assertAccessible("rating faces", 6);
        kiosk.snapshot("rating-1-faces");
        portraitSnapshot("rating-faces");
        Point2D satisfied = center("#rating-satisfied");
        kiosk.robot.clickOn(satisfied);
        kiosk.robot.clickOn(satisfied);

        kiosk.waitUntil(() -> kiosk.bean(RatingViewModel.class).stageProperty().get() == RatingStage.THANKS);
        assertThat(text("#rating-thanks")).isEqualTo("谢谢您的评价！");
        both.journey().awaitOutboxDrained();
        assertThat(both.platform().eventsFrom(STATION, "FEEDBACK")).isEqualTo(ratingsBefore + 1);
        assertThat(both.platform().eventsFrom(STATION, "VISIT_COUNT")).isEqualTo(visitsBefore + 1);
        assertThat(both.platform().jdbc().sql("SELECT COUNT(*) FROM event_log WHERE station_code = ? AND type IN "
                + "('VISIT_COUNT', 'FEEDBACK', 'STAFF_CALLED') AND worker_id IS NOT NULL").param(STATION)
                .query(Long.class).single()).as("anonymous events name no worker").isZero();
        assertThat(both.platform().jdbc().sql("SELECT SUM(searched) FROM visit_count WHERE station_code = ?")
                .param(STATION).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void aLowRatingOffersReasonsAndAlertsStaff() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        kiosk.freshSession();
        dismissRating();
        kiosk.robot.clickOn("#tile-training");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.TRAINING);
        kiosk.freshSession();
        kiosk.waitUntil(() -> kiosk.find("#rating-overlay", Node.class).isVisible());

        kiosk.robot.clickOn("#rating-very_dissatisfied");
        kiosk.waitUntil(() -> kiosk.find("#rating-submit", Node.class).isVisible());
        kiosk.robot.clickOn("#rating-reason-too_slow");
        kiosk.robot.clickOn("#rating-reason-hard_to_use");
        kiosk.robot.clickOn("#rating-reason-hard_to_use"); // changed their mind
        kiosk.snapshot("rating-2-reasons");
        kiosk.robot.clickOn("#rating-submit");

        kiosk.waitUntil(() -> kiosk.bean(RatingViewModel.class).stageProperty().get() == RatingStage.THANKS);
        assertThat(kiosk.bean(StaffAlerts.class).open()).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(StaffAlertKind.LOW_RATING);
            assertThat(alert.detail()).isEqualTo("1 · TRAINING · TOO_SLOW");
        });
        both.journey().awaitOutboxDrained();
        assertThat(both.platform().jdbc().sql("SELECT reasons FROM feedback WHERE station_code = ? AND rating = 1")
                .param(STATION).query(String.class).list()).containsExactly("TOO_SLOW");
    }

    @Test
    @Order(4)
    void aReturningWorkerIsAskedOnceAndTheAnswerReachesThePlatform() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        kiosk.freshSession();
        dismissRating();
        both.journey().placeCard(FictionalCards.RESIDENT);
        both.journey().registerByTaps("G101");
        assertThat(kiosk.bean(StatusCheckViewModel.class).stageProperty().get())
                .as("just registered: not asked").isEqualTo(StatusCheckStage.HIDDEN);
        both.journey().simulators().reader().remove();
        kiosk.freshSession();
        dismissRating();
        // a worker registered before this kiosk asked anybody: nothing in the ledger
        Files.delete(kiosk.dataDir().resolve("status-checks.properties"));

        placeKnownCard(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.find("#status-check-overlay", Node.class).isVisible());
        assertThat(text("#status-check-question")).isEqualTo("您现在的就业情况是？");
        assertThat(kiosk.find("#status-check-flexible", Button.class).getText()).isEqualTo("灵活就业");
        kiosk.assertAccessible("status check", 5);
        kiosk.snapshot("status-check");
        portraitSnapshot("status-check");
        Point2D flexible = center("#status-check-flexible");
        kiosk.robot.clickOn(flexible);
        kiosk.robot.clickOn(flexible);

        both.journey().awaitOutboxDrained();
        assertThat(both.platform().eventsFrom(STATION, "EMPLOYMENT_STATUS_CHECKED")).isEqualTo(1);
        assertThat(both.platform().jdbc().sql("SELECT situation FROM employment_check WHERE station_code = ?")
                .param(STATION).query(String.class).list()).containsExactly("FLEXIBLE");
        both.journey().simulators().reader().remove();
        kiosk.freshSession();
        dismissRating();
        placeKnownCard(FictionalCards.RESIDENT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.bean(StatusCheckViewModel.class).stageProperty().get())
                .as("asked today: not again within the period").isEqualTo(StatusCheckStage.HIDDEN);
        both.journey().simulators().reader().remove();
    }

    @Test
    @Order(5)
    void policyPagesFromThePlatformAreFoundByLettersAndCarryAQr() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        kiosk.freshSession();
        dismissRating();
        kiosk.waitUntil(() -> kiosk.bean(PlatformContent.class).policies().map(list -> !list.isEmpty()).orElse(false));
        kiosk.robot.clickOn("#tile-policy");
        PolicyViewModel policies = kiosk.bean(PolicyViewModel.class);
        kiosk.waitUntil(() -> policies.stateProperty().get() == PolicyListState.SHOWN);
        assertThat(kiosk.find("#policy-demo", Label.class).isVisible()).as("the platform's pages").isFalse();
        kiosk.snapshot("policy-1-list");

        for (String key : List.of("q", "x", "z")) {
            kiosk.robot.clickOn("#search-key-" + key);
        }
        assertThat(text("#policy-status")).isEqualTo("没有找到相关政策。请换个字母试试，或问驿站工作人员。");
        kiosk.robot.clickOn("#search-key-clear");
        kiosk.robot.clickOn("#search-key-b");
        kiosk.robot.clickOn("#search-key-t");
        kiosk.waitUntil(() -> !policies.shown().isEmpty());
        assertThat(policies.shown()).allSatisfy(page -> assertThat(page.title() + page.summary()).containsAnyOf("补",
                "贴", "保", "培"));
        kiosk.snapshot("policy-2-bt");
        portraitSnapshot("policy-list");

        kiosk.robot.clickOn("#policy-" + policies.shown().get(0).id());
        kiosk.waitUntil(() -> kiosk.find("#policy-page", Node.class).isVisible());
        assertThat(kiosk.find("#policy-qr-code", Node.class).isVisible()).isTrue();
        assertThat(text("#policy-page-where")).isNotBlank();
        kiosk.assertAccessible("policy page", 3);
        kiosk.snapshot("policy-3-page");
        portraitSnapshot("policy-page");
        kiosk.robot.clickOn("#policy-back");
        kiosk.waitUntil(() -> kiosk.find("#policy-page", Node.class).isVisible() == false);
    }

    @Test
    @Order(6)
    void theStaffTodayTabShowsTheStationsRatingsCallsAndFunnel() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        kiosk.freshSession();
        dismissRating();
        both.journey().awaitOutboxDrained();
        TodayViewModel today = kiosk.bean(TodayViewModel.class);

        RunningKiosk.onFx(() -> {
            today.refresh();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> RunningKiosk.onFx(() -> today.figures().stream()
                .anyMatch(f -> f.labelKey().equals("staff.today.staffCalls"))));

        List<TodayViewModel.Figure> figures = RunningKiosk.onFx(() -> List.copyOf(today.figures()));
        assertThat(figures).contains(new TodayViewModel.Figure("staff.today.staffCalls", 1L),
                new TodayViewModel.Figure("staff.today.statusChecks", 1L),
                new TodayViewModel.Figure("staff.today.ratingLevels", "0 / 1 / 0 / 0 / 1"),
                new TodayViewModel.Figure("staff.today.ratingAverage", "2.5"));
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.labelKey()).isEqualTo("staff.today.visits");
            assertThat((Long) f.value()).isGreaterThanOrEqualTo(3L);
        });
    }

    @Test
    @Order(7)
    void staffAnsweringInTheConsoleReachesTheKioskAndTheEndedSessionLeavesTheList() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        startOnTheSearchScreen();
        kiosk.robot.clickOn(center("#call-staff"));
        kiosk.waitUntil(() -> "已呼叫".equals(kiosk.find("#call-staff", Button.class).getText()));
        both.journey().awaitOutboxDrained();
        String call = both.platform().jdbc().sql("SELECT event_id FROM staff_call WHERE station_code = ? "
                + "AND ended_at IS NULL ORDER BY called_at DESC").param(STATION).query(String.class).list().get(0);
        assertThat(both.platform().consolePage("console/calls")).contains("id=\"call-" + call + "\"", "FIND_JOB",
                both.journey().backend().identity().orElseThrow().terminalId());

        assertThat(both.platform().consoleForm("console/calls", "console/calls/" + call + "/acknowledge",
                java.util.Map.of())).isEqualTo(303);

        kiosk.waitUntil(() -> "马上到".equals(kiosk.find("#call-staff", Button.class).getText()));
        assertThat(text("#call-staff-status")).isEqualTo("工作人员已收到，马上就到");
        assertThat(staffCalls()).as("the staff screen's alert is handled with it").isEmpty();

        kiosk.freshSession(); // the person leaves; the session ends
        dismissRating();
        both.journey().awaitOutboxDrained();
        assertThat(both.platform().consolePage("console/calls")).doesNotContain(call);
        assertThat(both.platform().jdbc().sql("SELECT COUNT(*) FROM staff_call WHERE event_id = CAST(? AS UUID) "
                + "AND ended_at IS NOT NULL").param(call).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    @Order(8)
    void theNextPersonsCardLaidOverTheLastOnePutsAwayTheLastVisitsRating() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        var reader = both.journey().simulators().reader();
        reader.remove();
        startOnTheSearchScreen();
        reader.place(FictionalCards.RESIDENT_LONG_TERM); // someone searching with their card on the reader
        kiosk.waitUntil(() -> kiosk.bean(PlacedCard.class).card().isPresent());

        reader.place(FictionalCards.MONGOLIAN_WORKER); // the next person lays theirs over it

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER
                && kiosk.bean(PlacedCard.class).card().map(card -> card.documentNumber()
                        .equals(FictionalCards.MONGOLIAN_WORKER.documentNumber())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.bean(RatingViewModel.class).stageProperty().get())
                .as("the last visit's 您对本次服务满意吗 is not asked of the next person").isEqualTo(RatingStage.HIDDEN);
        assertThat(kiosk.find("#rating-overlay", Node.class).isVisible()).isFalse();
        reader.remove();
    }

    @Test
    @Order(9)
    void aWorkerWhoRegistersToApplyIsNotAskedTheirEmploymentStatusAgain() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        startOnTheSearchScreen();
        org.lingong.platform.api.jobs.Job job = both.journey().openFirstJob();
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        assertThat(text("#registration-applying-for")).as("the card step names the job").isEqualTo("您在报名：" + job.title());
        assertThat(kiosk.find("#registration-back", Button.class).getText()).isEqualTo("返回岗位");
        kiosk.robot.clickOn("#registration-back"); // back to the job, not to the attract screen
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB);
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(org.lingong.kiosk.search.SearchViewModel.class).selectedProperty()
                .get().map(org.lingong.platform.api.jobs.Job::id))).contains(job.id());
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        both.journey().placeCard(FictionalCards.FOREIGNER_2023);
        both.journey().toWorkTypes();
        kiosk.robot.clickOn("#category-G101");
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#pay-from_200_to_300");
        kiosk.robot.clickOn("#availability-tomorrow");
        kiosk.robot.clickOn("#status-flexible"); // 就业状态, declared a moment ago
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#consent-agree");

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL); // the pending 我要报名 takes over
        kiosk.robot.clickOn("#referral-confirm"); // not under a 您现在的就业情况是？ card
        kiosk.waitUntil(() -> kiosk.bean(ReferralViewModel.class).stageProperty().get() != ReferralStage.CONFIRM);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.bean(StatusCheckViewModel.class).stageProperty().get()).isEqualTo(StatusCheckStage.HIDDEN);
    }

    // ---- steps ----

    /**
     * The same moment in a portrait window (1080×1920), for the docs: only with {@code -Dlingong.portraitShots=true},
     * as each resize costs seconds.
     */
    private static void portraitSnapshot(String name) throws Exception {
        if (!Boolean.getBoolean("lingong.portraitShots")) {
            return;
        }
        RunningKiosk kiosk = both.kiosk();
        kiosk.resize(1080, 1920);
        kiosk.snapshot("portrait-" + name);
        kiosk.resize(1920, 1080);
    }

    private static List<StaffAlert> staffCalls() {
        return both.kiosk().bean(StaffAlerts.class).open().stream()
                .filter(alert -> alert.kind() == StaffAlertKind.STAFF_CALL).toList();
    }

    /** A new session (the last visit's rating put away) that has tapped 找工作. */
    private static void startOnTheSearchScreen() throws Exception {
        RunningKiosk kiosk = both.kiosk();
        kiosk.freshSession();
        dismissRating();
        kiosk.robot.clickOn("#tile-find_job");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB);
    }

    private static void dismissRating() throws Exception {
        RunningKiosk.onFx(() -> {
            both.kiosk().bean(RatingViewModel.class).dismiss();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Places the card of a worker this kiosk knows: recognised, the worker session begins. */
    private static void placeKnownCard(IdCard card) throws Exception {
        RunningKiosk kiosk = both.kiosk();
        var reader = both.journey().simulators().reader();
        reader.remove();
        int finds = reader.receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> reader.receivedCount(SamCommand.FIND_CARD) >= finds + 2);
        reader.place(card);
        kiosk.waitUntil(() -> kiosk.bean(WorkerSession.class).current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D center(String query) throws Exception {
        Node node = both.kiosk().find(query, Node.class);
        return RunningKiosk.onFx(() -> {
            var bounds = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    private static String text(String query) {
        return both.kiosk().find(query, Label.class).getText();
    }
}
