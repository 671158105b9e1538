package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.attract.AttractTile;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.demo.DemoPanelViewModel;
import org.lingong.kiosk.demo.PrinterStateChoice;

/** The whole kiosk on a headless 1920×1080 screen, driven by taps. */
class KioskUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass()
            .freshSessionBeforeEach();

    @Test
    void attractScreenShowsStationPromptTilesServicesAndFreshness() throws Exception {
        kiosk.waitUntil(() -> kiosk.find("#service-items", VBox.class).getChildren().size() == 10);

        assertThat(kiosk.find("#station-name", Label.class).getText()).isEqualTo("测试区幸福路零工驿站");
        assertThat(kiosk.find("#card-prompt", Label.class).getText()).isEqualTo("请将身份证放在读卡区");
        assertThat(tileTexts()).containsExactly("找工作", "登记", "扫码", "培训", "招聘会", "预约服务", "政策");
        assertThat(((Label) kiosk.find("#service-items", VBox.class).getChildren().get(0)).getText()).isEqualTo("求职登记");
        assertThat(kiosk.find("#catalog-freshness", Label.class).getText()).isEqualTo("岗位信息：尚未同步");
        assertThat(kiosk.find("#clock-time", Label.class).getText()).matches("\\d\\d:\\d\\d");
        kiosk.snapshot("attract-zh");
    }

    /**
     * The remote configuration renames the station on the platform connection's thread; every screen's top bar
     * follows.
     */
    @Test
    void aLiveRenameShowsInTheTopBarOfEveryScreenInEveryLanguage() throws Exception {
        CurrentStation station = kiosk.bean(CurrentStation.class);
        String own = station.name();
        try {
            CompletableFuture.runAsync(() -> station.rename("海拉尔东路零工驿站")).get(20, TimeUnit.SECONDS);

            kiosk.waitUntil(() -> kiosk.find("#station-name", Label.class).getText().equals("海拉尔东路零工驿站"));
            kiosk.robot.clickOn("#tile-scan");
            assertThat(kiosk.find("#station-name", Label.class).getText()).isEqualTo("海拉尔东路零工驿站");
            kiosk.robot.clickOn("#language-mn");
            assertThat(kiosk.find("#station-name", Label.class).getText()).as("a name, not translated")
                    .isEqualTo("海拉尔东路零工驿站");
            kiosk.robot.clickOn("#language-zh_cn");
            kiosk.robot.clickOn("#scan-back");
        } finally {
            CompletableFuture.runAsync(() -> station.rename(own)).get(20, TimeUnit.SECONDS);
        }
        kiosk.waitUntil(() -> kiosk.find("#station-name", Label.class).getText().equals(own));
    }

    @Test
    void everyTileOpensItsOwnScreenAndTheScanScreensBackReturns() throws Exception {
        for (AttractTile tile : AttractTile.values()) {
            kiosk.robot.clickOn("#tile-" + tile.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(kiosk.navigator().current()).isEqualTo(tile.target());
            RunningKiosk.onFx(() -> {
                kiosk.navigator().showAttract();
                return null;
            });
        }
        kiosk.robot.clickOn("#tile-scan");
        assertThat(kiosk.find("#scan-prompt", Label.class).getText()).isEqualTo("请把二维码对准下方扫码口");

        kiosk.robot.clickOn("#scan-back");

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.robot.lookup("#tile-job_fair").tryQuery()).isPresent();
    }

    @Test
    void languageSwitchChangesTheTileTextsAndBack() throws Exception {
        kiosk.robot.clickOn("#language-en");

        assertThat(kiosk.messages().language()).isEqualTo(KioskLanguage.EN);
        assertThat(tileTexts()).containsExactly("Find work", "Register", "Scan code", "Training", "Job fairs", "Appointments", "Policies");
        assertThat(kiosk.find("#card-prompt", Label.class).getText()).isEqualTo("Place your ID card on the reader");
        kiosk.waitUntil(() -> kiosk.find("#catalog-freshness", Label.class).getText().startsWith("Job list"));
        kiosk.snapshot("attract-en");

        kiosk.robot.clickOn("#language-zh_cn");

        assertThat(tileTexts()).containsExactly("找工作", "登记", "扫码", "培训", "招聘会", "预约服务", "政策");
    }

    @Test
    void languageSwitchIsOnTheOtherScreensToo() throws Exception {
        kiosk.robot.clickOn("#tile-scan");
        kiosk.robot.clickOn("#language-en");

        assertThat(kiosk.find("#scan-prompt", Label.class).getText()).isEqualTo("Hold the QR code over the scan window below");
        assertThat(kiosk.find("#scan-back", Button.class).getText()).isEqualTo("Back");
        kiosk.snapshot("scan-en");
    }

    @Test
    void statusBarShowsEachDeviceInWordsAndFollowsChanges() throws Exception {
        kiosk.waitUntil(() -> kiosk.find("#status-id_card_reader", Label.class).getText().equals("读卡器：正常"));
        // no enrollment code in this test's configuration: the platform connection says so
        kiosk.waitUntil(() -> kiosk.find("#status-platform", Label.class).getText().equals("平台连接：终端未注册"));
        assertThat(kiosk.find("#status-printer", Label.class).getGraphic()).isNotNull();

        DemoPanelViewModel demo = kiosk.bean(DemoPanelViewModel.class);
        try {
            RunningKiosk.onFx(() -> {
                demo.setPrinterState(PrinterStateChoice.PAPER_NEAR_END);
                return null;
            });
            kiosk.waitUntil(() -> kiosk.find("#status-printer", Label.class).getText().equals("打印机：纸将用完"));
        } finally {
            RunningKiosk.onFx(() -> {
                demo.setPrinterState(PrinterStateChoice.NORMAL);
                return null;
            });
            kiosk.waitUntil(() -> kiosk.find("#status-printer", Label.class).getText().equals("打印机：正常"));
        }
    }

    @Test
    void attractAndScanScreensMeetTheElderlyFriendlyRulesInBothLanguages() throws Exception {
        assertThat(kiosk.scene().getWidth()).isEqualTo(1920);
        assertThat(kiosk.scene().getHeight()).isEqualTo(1080);
        kiosk.waitUntil(() -> kiosk.find("#service-items", VBox.class).getChildren().size() == 10);
        for (String language : List.of("#language-zh_cn", "#language-en")) {
            kiosk.robot.clickOn(language);
            assertPasses("attract " + language, 7);
            kiosk.robot.clickOn("#tile-scan");
            assertPasses("scan " + language, 3);
            kiosk.robot.clickOn("#scan-back");
        }
    }

    private static void assertPasses(String screen, int minButtons) throws Exception {
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).as(screen).isEmpty();
        assertThat(report.buttons).as(screen + " buttons checked").isGreaterThanOrEqualTo(minButtons);
        assertThat(report.texts).as(screen + " texts checked").isGreaterThan(10);
        assertThat(report.contrastPairs).as(screen + " contrast pairs checked").isGreaterThan(10);
    }

    private static List<String> tileTexts() {
        return java.util.Arrays.stream(AttractTile.values())
                .map(tile -> kiosk.find("#tile-" + tile.name().toLowerCase(java.util.Locale.ROOT), Button.class).getText())
                .toList();
    }
}
