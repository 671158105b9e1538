package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.leave.LeaveViewModel;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.registration.PersonalDataScan;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session ends when the worker leaves, in the whole app (simulated devices, the real platform over HTTP, so that
 * 我要报名 really issues slips): 返回首页 while identified asks "结束本次服务？" and 结束 wipes everything, so the next
 * person's 我要报名 asks for a card; 退出 on the screen ends it at once; another card mid-session says the previous
 * person's information was cleared. The tests share one platform and one kiosk, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionEndUiTest {

    /** What the first worker (王示例, registered by card with a phone number) leaves on screen and in memory. */
    private static final String[] FIRST_WORKER = {"王示例", "110101199003071233", "13812345678", "王*例",
        "110***********1233", "138****5678"};

    @TempDir
    static Path temp;

    private static PlatformUnderTest platform;
    private static RunningKiosk kiosk;

    @BeforeAll
    static void start() throws Exception {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
        kiosk = KioskJourney.enrolledKiosk(platform, temp.resolve("kiosk"));
    }

    @AfterAll
    static void stop() throws Exception {
        KioskJourney.close(kiosk, platform);
    }

    @Test
    @Order(1)
    void homeWhileIdentifiedAsksAndEndLeavesNothingSoTheNextApplyAsksForACard() throws Exception {
        kiosk.freshSession();
        assertThat(exitButton().isVisible()).as("nobody identified: no 退出").isFalse();
        placeCard(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER
                && kiosk.bean(RegistrationViewModel.class).stepProperty().get() == RegistrationStep.CARD);
        assertThat(exitButton().isVisible()).as("a card was read: 退出 shown").isTrue();
        registerByTaps();
        assertThat(kiosk.bean(WorkerSession.class).current()).isPresent();
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(kiosk.scene().getRoot(), FIRST_WORKER)))
                .as("the scan sees the shown data").isNotEmpty();
        removeCard();

        kiosk.robot.clickOn("#registration-back"); // 返回首页 on the done step
        kiosk.waitUntil(() -> kiosk.find("#leave-overlay", Node.class).isVisible());
        assertThat(text("#leave-question")).isEqualTo("结束本次服务？");
        assertThat(text("#leave-consequence")).isEqualTo("您的信息将被清除。");
        assertThat(kiosk.find("#leave-end", Button.class).getText()).isEqualTo("结束");
        assertThat(kiosk.find("#leave-continue", Button.class).getText()).isEqualTo("继续");
        assertThat(kiosk.navigator().current()).as("nothing ends before the answer").isEqualTo(Screen.REGISTER);
        kiosk.assertAccessible("leave question", 3);
        kiosk.snapshot("leave-confirm");
        RunningKiosk.onFx(() -> {
            kiosk.messages().select(KioskLanguage.EN); // the question covers the language switch
            return null;
        });
        assertThat(text("#leave-question")).isEqualTo("End this visit?");
        assertThat(text("#leave-consequence")).isEqualTo("Your information will be cleared.");
        RunningKiosk.onFx(() -> {
            kiosk.messages().select(KioskLanguage.ZH_CN);
            return null;
        });

        kiosk.robot.clickOn("#leave-end");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);
        assertThat(kiosk.find("#leave-overlay", Node.class).isVisible()).isFalse();
        assertThat(exitButton().isVisible()).isFalse();

        kiosk.robot.clickOn("#tile-find_job");
        openFirstJob();
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.bean(RegistrationViewModel.class).stepProperty().get())
                .as("我要报名 asks for a card").isEqualTo(RegistrationStep.WAITING_FOR_CARD);
        assertThat(kiosk.bean(WorkerSession.class).current()).isEmpty();
        assertThat(kiosk.bean(ReferralViewModel.class).hasPendingReferral()).isTrue();
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(kiosk.scene().getRoot(), FIRST_WORKER))).isEmpty();
        for (Object holder : List.of(kiosk.bean(ReferralViewModel.class), kiosk.bean(RegistrationViewModel.class),
                kiosk.bean(WorkerSession.class), kiosk.bean(SearchViewModel.class), kiosk.bean(PlacedCard.class),
                kiosk.bean(NoticeViewModel.class), kiosk.bean(LeaveViewModel.class))) {
            assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(holder, FIRST_WORKER)))
                    .as(holder.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void continueStaysAndExitOnTheScreenEndsTheSessionAtOnce() throws Exception {
        kiosk.freshSession();
        placeCard(FictionalCards.RESIDENT); // registered in the first test: welcomed on the search screen
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && kiosk.bean(WorkerSession.class).current().isPresent());
        removeCard();
        RunningKiosk.onFx(() -> {
            kiosk.bean(NoticeViewModel.class).dismiss();
            return null;
        });
        kiosk.robot.clickOn("#search-home");
        kiosk.waitUntil(() -> kiosk.find("#leave-overlay", Node.class).isVisible());
        kiosk.robot.clickOn("#leave-continue");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.FIND_JOB);
        assertThat(kiosk.bean(WorkerSession.class).current()).isPresent();

        assertThat(exitButton().isVisible()).isTrue();
        assertThat(exitButton().getText()).isEqualTo("退出");
        kiosk.snapshot("session-exit-button");
        kiosk.robot.clickOn("#session-exit");

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);
        assertThat(kiosk.bean(WorkerSession.class).current()).isEmpty();
        assertThat(exitButton().isVisible()).isFalse();
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(kiosk.scene().getRoot(), FIRST_WORKER))).isEmpty();
    }

    @Test
    @Order(3)
    void anotherCardMidSessionSaysThePreviousPersonWasCleared() throws Exception {
        kiosk.freshSession();
        placeCard(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.bean(WorkerSession.class).current().isPresent());

        placeCard(FictionalCards.MONGOLIAN_WORKER); // nobody knows this one: registration with the new card
        kiosk.waitUntil(() -> kiosk.bean(NoticeViewModel.class).current().equals(java.util.Optional.of(Notice.CARD_SWAPPED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#notice-title") + "，" + text("#notice-body")).startsWith("已换成新的身份证，上一位的信息已清除");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.REGISTER);
        assertThat(kiosk.bean(WorkerSession.class).current()).isEmpty();
        kiosk.snapshot("card-swapped");
        for (Object holder : List.of(kiosk.bean(RegistrationViewModel.class), kiosk.bean(WorkerSession.class),
                kiosk.bean(SearchViewModel.class), kiosk.bean(PlacedCard.class))) {
            assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(holder, FIRST_WORKER)))
                    .as(holder.getClass().getSimpleName()).isEmpty();
        }
        removeCard();
    }

    // ---- steps ----

    private static Button exitButton() {
        return kiosk.find("#session-exit", Button.class);
    }

    /** Takes any card off the reader, waits until the reader has looked for a card again, then places {@code card}. */
    private static void placeCard(IdCard card) throws Exception {
        removeCard();
        simulators().reader().place(card);
    }

    private static void removeCard() throws Exception {
        simulators().reader().remove();
        int finds = simulators().reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators().reader().receivedCount(SamCommand.FIND_CARD) >= finds + 2);
    }

    private static void registerByTaps() throws Exception {
        new KioskJourney(kiosk).registerByTaps("G101");
        kiosk.waitUntil(() -> kiosk.bean(WorkerSession.class).current().isPresent());
    }

    private static void openFirstJob() throws Exception {
        new KioskJourney(kiosk).openJob(0);
    }

    private static String text(String query) {
        return kiosk.find(query, Label.class).getText();
    }

    private static DemoSimulators simulators() {
        return kiosk.bean(DemoSimulators.class);
    }
}
