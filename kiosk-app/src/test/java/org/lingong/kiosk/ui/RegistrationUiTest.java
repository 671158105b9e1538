package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.recognition.RememberingRegistrationSink;
import org.lingong.kiosk.registration.DemoRegistrationSink;
import org.lingong.kiosk.registration.PersonalDataScan;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.testfx.util.WaitForAsyncUtils;

/** Registration in the whole kiosk on a headless 1920×1080 screen: card, keypad, tiles, consent. */
class RegistrationUiTest {

    // the demo sink is asserted here; KioskOnPlatformTest covers the platform sink
    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false")
            .freshSessionBeforeEach();

    @Test
    void cardToCompletedRegistrationByTapsHandsExactlyOneRegistrationToTheSink() throws Exception {
        int before = sink().count();
        placeCard();

        assertThat(text("#registration-title")).isEqualTo("您的信息");
        assertThat(text("#registration-progress")).isEqualTo("第 1 步，共 5 步");
        assertThat(text("#card-name")).isEqualTo("王*例");
        assertThat(text("#card-id")).isEqualTo("110***********1233");
        assertThat(text("#card-nation")).isEqualTo("汉族");
        assertStepPasses("card", 2);
        kiosk.snapshot("registration-1-card");

        kiosk.robot.clickOn("#registration-next");
        assertThat(text("#registration-progress")).isEqualTo("第 2 步，共 5 步");
        tap("1", "2");
        kiosk.robot.clickOn("#registration-next");
        assertThat(text("#registration-problem")).contains("第二位应该是 3 到 9");
        assertStepPasses("phone with a problem shown", 14);
        kiosk.snapshot("registration-2-phone-problem");
        kiosk.robot.clickOn("#keypad-clear");
        tap("1", "3", "8", "1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(text("#phone-display")).isEqualTo("138 1234 5678");
        assertThat(kiosk.find("#registration-problem", Label.class).isVisible()).as("message gone once fixing").isFalse();
        assertStepPasses("phone", 14);
        kiosk.snapshot("registration-2-phone");

        kiosk.robot.clickOn("#registration-next");
        kiosk.waitUntil(() -> kiosk.robot.lookup("#category-G101").tryQuery().isPresent());
        kiosk.robot.clickOn("#category-G101");
        assertStepPasses("jobs", 16);
        kiosk.snapshot("registration-3-jobs");
        assertThat(text("#category-page-next")).as("not to be taken for 下一步").isEqualTo("更多工种");
        assertThat(text("#category-page-previous")).isEqualTo("前面的工种");
        kiosk.robot.clickOn("#category-page-next");
        kiosk.robot.clickOn("#category-page-next");
        kiosk.robot.clickOn("#category-G601");
        assertThat(text("#category-page")).isEqualTo("第 3 页，共 4 页");
        kiosk.snapshot("registration-3-jobs-pastoral");

        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#pay-from_200_to_300");
        kiosk.robot.clickOn("#availability-tomorrow");
        kiosk.robot.clickOn("#status-unemployed");
        assertStepPasses("preferences", 17);
        kiosk.snapshot("registration-4-preferences");

        kiosk.robot.clickOn("#registration-next");
        assertThat(text("#registration-title")).isEqualTo("同意书");
        assertThat(sink().count()).as("nothing kept before consent").isEqualTo(before);
        assertStepPasses("consent", 3);
        kiosk.snapshot("registration-5-consent");

        kiosk.robot.clickOn("#consent-agree");
        kiosk.waitUntil(() -> viewModel().stepProperty().get() == RegistrationStep.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#registration-done-title")).isEqualTo("登记好了！");
        assertThat(text("#registration-summary")).contains("王*例", "138****5678", "建筑小工、剪羊毛", "失业人员")
                .doesNotContain("王示例", "13812345678");
        assertStepPasses("done", 2);
        kiosk.snapshot("registration-6-done");
        assertThat(sink().count()).isEqualTo(before + 1);
        assertThat(sink().maskedSummaries().get(before)).contains("110***********1233", "138****5678");

        kiosk.robot.clickOn("#registration-find-work");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.FIND_JOB);
    }

    @Test
    void registerTileWithoutACardAsksForTheCardWithAWayBack() throws Exception {
        kiosk.robot.clickOn("#tile-register");

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.REGISTER);
        assertThat(text("#registration-waiting-prompt")).isEqualTo("请将身份证放在读卡区");
        assertStepPasses("waiting for card", 1);
        kiosk.snapshot("registration-0-waiting-for-card");

        kiosk.robot.clickOn("#registration-back");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void disagreeKeepsNothingAndReturnsToTheAttractScreen() throws Exception {
        int before = sink().count();
        placeCard();
        RunningKiosk.onFx(() -> {
            RegistrationViewModel vm = viewModel();
            vm.next();
            "13912345678".chars().forEach(c -> vm.phone().press(c - '0'));
            vm.next();
            return null;
        });
        kiosk.waitUntil(() -> kiosk.robot.lookup("#category-G205").tryQuery().isPresent());
        kiosk.robot.clickOn("#category-G205");
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#pay-negotiable");
        kiosk.robot.clickOn("#availability-today");
        kiosk.robot.clickOn("#status-other");
        kiosk.robot.clickOn("#registration-next");

        javafx.geometry.Point2D agreeSpot = RunningKiosk.onFx(() -> centre("#consent-agree"));
        kiosk.robot.clickOn("#consent-disagree");

        assertThat(text("#consent-decline-question")).isEqualTo("不同意将不登记，您的信息将被清除");
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().lookup("#consent-decline-back").localToScene(
                kiosk.scene().lookup("#consent-decline-back").getLayoutBounds()).contains(agreeSpot)))
                .as("a second tap where 同意 was lands on 返回, never on 确认不同意").isTrue();
        assertThat(kiosk.find("#consent-decline-confirm", Button.class).getText()).isEqualTo("确认不同意");
        assertThat(kiosk.find("#consent-decline-back", Button.class).getText()).isEqualTo("返回");
        assertThat(kiosk.navigator().current()).as("nothing ends before the answer").isEqualTo(Screen.REGISTER);
        assertStepPasses("decline question", 2);
        kiosk.snapshot("registration-5-consent-decline");
        kiosk.robot.clickOn("#consent-decline-back");
        assertThat(kiosk.robot.lookup("#consent-agree").tryQuery()).as("back on the consent buttons").isPresent();
        assertThat(RunningKiosk.onFx(() -> viewModel().card().maskedName().get())).isEqualTo("王*例");

        kiosk.robot.clickOn("#consent-disagree");
        assertThat(kiosk.bean(IdleSession.class).isSessionActive()).isTrue();
        kiosk.robot.clickOn("#consent-decline-confirm");

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.bean(IdleSession.class).isSessionActive()).as("the session ended as the idle timer ends it").isFalse();
        assertThat(sink().count()).isEqualTo(before);
        assertThat(RunningKiosk.onFx(() -> viewModel().card().maskedName().get())).isEmpty();
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(viewModel(), "王示例", "110101199003071233",
                "13912345678", "王*例"))).isEmpty();
    }

    @Test
    void everyStepMeetsTheElderlyFriendlyRulesInEnglishToo() throws Exception {
        kiosk.robot.clickOn("#language-en");
        placeCard();
        assertThat(text("#registration-progress")).isEqualTo("Step 1 of 5");
        assertStepPasses("card en", 2);
        kiosk.robot.clickOn("#registration-next");
        assertStepPasses("phone en", 14);
        tap("1", "5", "9", "0", "0", "0", "0", "1", "1", "1", "1");
        kiosk.robot.clickOn("#registration-next");
        kiosk.waitUntil(() -> kiosk.robot.lookup("#category-G101").tryQuery().isPresent());
        kiosk.robot.clickOn("#category-G101");
        assertStepPasses("jobs en", 16);
        kiosk.robot.clickOn("#registration-next");
        kiosk.robot.clickOn("#registration-next");
        assertThat(text("#registration-problem")).contains("pay");
        assertStepPasses("preferences en with a problem shown", 17);
        kiosk.snapshot("registration-4-preferences-problem-en");
        kiosk.robot.clickOn("#pay-over_400");
        kiosk.robot.clickOn("#availability-next_week");
        kiosk.robot.clickOn("#status-employment_difficulty");
        assertStepPasses("preferences en", 17);
        kiosk.snapshot("registration-4-preferences-en");
        kiosk.robot.clickOn("#registration-next");
        assertStepPasses("consent en", 3);
        kiosk.snapshot("registration-5-consent-en");
        kiosk.robot.clickOn("#consent-disagree");
        assertThat(text("#consent-decline-question")).startsWith("If you do not agree");
        assertStepPasses("decline question en", 2);
        kiosk.snapshot("registration-5-consent-decline-en");
        kiosk.robot.clickOn("#consent-decline-confirm");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void idleWipeMidFormLeavesNoPersonalDataInTheRegistrationViewOrViewModel() throws Exception {
        placeCard();
        kiosk.robot.clickOn("#registration-next");
        tap("1", "3", "8", "1", "2", "3", "4", "5", "6", "7", "8");
        kiosk.robot.clickOn("#registration-next");
        Node view = RunningKiosk.onFx(() -> kiosk.find("#registration-title", Node.class).getParent().getParent());
        assertThat(view).isInstanceOf(org.lingong.kiosk.registration.RegistrationView.class);
        assertThat(PersonalDataScan.find(view, "王*例", "138****5678")).as("the scan sees the shown data").isNotEmpty();

        kiosk.freshSession();

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        String[] secrets = {"王示例", "110101199003071233", "13812345678", "王*例", "110***********1233", "138****5678",
                "138 1234 5678"};
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(view, secrets))).isEmpty();
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(viewModel(), secrets))).isEmpty();
    }

    private static void placeCard() throws Exception {
        RunningKiosk.onFx(() -> {
            viewModel().startWithCard(FictionalCards.RESIDENT);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.REGISTER);
    }

    private static void tap(String... keys) {
        for (String key : keys) {
            kiosk.robot.clickOn("#keypad-" + key);
        }
    }

    private static javafx.geometry.Point2D centre(String query) {
        javafx.scene.Node node = kiosk.scene().lookup(query);
        javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
        return new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private static String text(String query) {
        return kiosk.find(query, javafx.scene.control.Labeled.class).getText();
    }

    private static RegistrationViewModel viewModel() {
        return kiosk.bean(RegistrationViewModel.class);
    }

    private static DemoRegistrationSink sink() {
        RegistrationSink sink = kiosk.bean(RegistrationSink.class);
        // the recognition feature wraps every sink to remember the registered card's holder
        return (DemoRegistrationSink) (sink instanceof RememberingRegistrationSink remembering ? remembering.delegate() : sink);
    }

    private static void assertStepPasses(String step, int minButtons) throws Exception {
        kiosk.assertAccessible(step, minButtons);
        assertFitsTheScreen(step);
    }

    /** Nothing pushes the frame off the 1920×1080 screen: top bar at the top, status bar fully visible. */
    private static void assertFitsTheScreen(String step) throws Exception {
        Bounds top = RunningKiosk.onFx(() -> kiosk.find(".top-bar", Node.class).localToScene(
                kiosk.find(".top-bar", Node.class).getLayoutBounds()));
        Bounds status = RunningKiosk.onFx(() -> kiosk.find(".status-bar", Node.class).localToScene(
                kiosk.find(".status-bar", Node.class).getLayoutBounds()));
        assertThat(top.getMinY()).as(step + " top bar top").isGreaterThanOrEqualTo(-0.5);
        assertThat(status.getMaxY()).as(step + " status bar bottom").isLessThanOrEqualTo(kiosk.scene().getHeight() + 0.5);
    }
}
