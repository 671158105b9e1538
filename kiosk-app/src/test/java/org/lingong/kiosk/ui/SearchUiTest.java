package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.platform.api.jobs.Job;
import org.testfx.util.WaitForAsyncUtils;

/** Job search in the whole kiosk on a headless 1920×1080 screen (demo job list): tiles, keyboard, cards, detail. */
class SearchUiTest {

    // the bundled demo job list; ReferralJourneyUiTest searches the platform's catalog
    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false")
            .freshSessionBeforeEach();

    @Test
    void categoryThenBjOnTheKeyboardFindsCleaningAndApplyingWithoutThePlatformSaysSlipsNeedIt() throws Exception {
        openSearch();
        assertThat(kiosk.find("#search-status", Label.class).getText()).matches("离线数据，更新于 \\d\\d:\\d\\d");
        kiosk.snapshot("search-1-open");

        kiosk.robot.clickOn(categoryTile("保洁"));
        kiosk.robot.clickOn("#search-key-b");
        kiosk.robot.clickOn("#search-key-j");
        waitForAnswer("bj");

        assertThat(kiosk.find("#search-letters", Label.class).getText()).isEqualTo("拼音首字母：BJ");
        assertThat(RunningKiosk.onFx(() -> List.copyOf(viewModel().results()))).extracting(Job::category).containsOnly("保洁");
        assertThat(kiosk.find("#search-summary", Label.class).getText()).isEqualTo("找到 3 个工作");
        assertThat(cardTexts(kiosk.find("#search-card-0", Button.class))).anyMatch(text -> text.contains("保洁"));
        kiosk.snapshot("search-2-bj");

        kiosk.robot.clickOn("#search-card-0");
        kiosk.waitUntil(() -> viewModel().selectedProperty().get().isPresent());
        assertThat(kiosk.find("#search-detail-title", Label.class).getText()).contains("保洁");
        Job shown = RunningKiosk.onFx(() -> viewModel().selectedProperty().get().orElseThrow());
        assertThat(kiosk.find("#search-detail-phone", Label.class).getText()).as("open contact: the number in full")
                .isEqualTo(shown.contactName() + "  " + shown.contactPhone()).matches("\\S+  1\\d{10}");
        kiosk.snapshot("search-3-detail");

        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.find("#referral-message", Label.class).getText()).startsWith("开推荐单需要连接就业服务平台");
        kiosk.snapshot("referral-0-needs-platform");

        kiosk.robot.clickOn("#referral-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && kiosk.robot.lookup("#search-detail-back").tryQuery().map(Node::isVisible).orElse(false));
        kiosk.robot.clickOn("#search-detail-back");
        kiosk.waitUntil(() -> viewModel().selectedProperty().get().isEmpty());
        assertThat(kiosk.robot.lookup("#search-card-0").tryQuery()).isPresent();
    }

    @Test
    void districtTapListNarrowsTheResultsToOneQixianqu() throws Exception {
        openSearch();

        kiosk.robot.clickOn("#search-district");
        kiosk.waitUntil(() -> kiosk.find("#search-district-list", Node.class).isVisible());
        assertPasses("district list", 5);
        kiosk.snapshot("search-5-districts");
        kiosk.robot.clickOn("#search-district-150105");
        kiosk.waitUntil(() -> !kiosk.find("#search-district-list", Node.class).isVisible()
                && viewModel().stateProperty().get() == LoadState.READY);
        assertThat(RunningKiosk.onFx(() -> viewModel().totalProperty().get())).isEqualTo(3);

        assertThat(kiosk.find("#search-district", Button.class).getText()).isEqualTo("赛罕区");
        assertThat(RunningKiosk.onFx(() -> List.copyOf(viewModel().results()))).extracting(Job::districtName)
                .containsOnly("赛罕区");
    }

    @Test
    void moreKindsOpensEveryCategoryAsATapList() throws Exception {
        openSearch();

        kiosk.robot.clickOn("#search-category-more");
        kiosk.waitUntil(() -> kiosk.find("#search-category-list", Node.class).isVisible());
        assertPasses("category list", 9);
        kiosk.snapshot("search-6-categories");
        kiosk.robot.lookup(".search-list-choice").<Button>queryAll().stream()
                .filter(tile -> tile.getText().equals("剪羊毛")).findFirst().ifPresent(kiosk.robot::clickOn);
        kiosk.waitUntil(() -> !kiosk.find("#search-category-list", Node.class).isVisible()
                && viewModel().stateProperty().get() == LoadState.READY);

        assertThat(RunningKiosk.onFx(() -> viewModel().categoryProperty().get())).isEqualTo("剪羊毛");
        assertThat(kiosk.find("#search-summary", Label.class).getText()).isEqualTo("找到 1 个工作");
        assertThat(kiosk.find("#search-category-more", Button.class).getText()).as("the chosen 工种 named on its tile")
                .isEqualTo("剪羊毛");
        kiosk.robot.clickOn("#search-category-any");
        kiosk.waitUntil(() -> "更多工种".equals(kiosk.find("#search-category-more", Button.class).getText()));
    }

    @Test
    void searchAndDetailMeetTheElderlyFriendlyRulesInBothLanguages() throws Exception {
        for (String language : List.of("#language-zh_cn", "#language-en")) {
            String suffix = language.endsWith("en") ? "-en" : "";
            openSearch();
            kiosk.robot.clickOn(language);
            kiosk.robot.clickOn("#search-key-b");
            waitForAnswer("b");
            assertPasses("search " + language, 40);
            kiosk.snapshot("search-results" + suffix);

            kiosk.robot.clickOn("#search-card-0");
            kiosk.waitUntil(() -> viewModel().selectedProperty().get().isPresent());
            assertPasses("detail " + language, 2);
            kiosk.snapshot("search-detail" + suffix);
            kiosk.freshSession();
        }
    }

    @Test
    void theWipeLeavesNoFiltersLettersOrChosenJob() throws Exception {
        openSearch();
        kiosk.robot.clickOn(categoryTile("保洁"));
        kiosk.robot.clickOn("#search-pay-at_least_150");
        kiosk.robot.clickOn("#search-key-b");
        waitForAnswer("b");
        kiosk.robot.clickOn("#search-card-0");
        kiosk.waitUntil(() -> viewModel().selectedProperty().get().isPresent());

        kiosk.freshSession();

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        assertThat(RunningKiosk.onFx(() -> viewModel().letters().letters())).isEmpty();
        assertThat(RunningKiosk.onFx(() -> viewModel().categoryProperty().get())).isNull();
        assertThat(RunningKiosk.onFx(() -> viewModel().selectedProperty().get())).isEmpty();
        openSearch();
        assertThat(kiosk.find("#search-letters", Label.class).getText()).isEqualTo("点字母找工作，例如 BJ = 保洁");
        assertThat(kiosk.find("#search-summary", Label.class).getText()).isEqualTo("找到 11 个工作");
    }

    private static void openSearch() throws Exception {
        kiosk.robot.clickOn("#tile-find_job");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.FIND_JOB);
        kiosk.waitUntil(() -> viewModel().stateProperty().get() == LoadState.READY
                && kiosk.robot.lookup("#search-card-0").tryQuery().isPresent()
                && kiosk.robot.lookup(".search-category").queryAll().size() > 1
                && !kiosk.find("#search-status", Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the answer to the search for {@code letters} is on the screen. */
    private static void waitForAnswer(String letters) throws Exception {
        kiosk.waitUntil(() -> viewModel().criteria().initials().equals(letters)
                && viewModel().stateProperty().get() == LoadState.READY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button categoryTile(String name) {
        return kiosk.robot.lookup(".search-category").<Button>queryAll().stream()
                .filter(tile -> name.equals(tile.getText())).findFirst().orElseThrow();
    }

    private static List<String> cardTexts(Button card) throws Exception {
        return RunningKiosk.onFx(() -> card.lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()).toList());
    }

    private static SearchViewModel viewModel() {
        return kiosk.bean(SearchViewModel.class);
    }

    private static void assertPasses(String screen, int minButtons) throws Exception {
        kiosk.assertAccessible(screen, minButtons);
        Bounds status = RunningKiosk.onFx(() -> kiosk.find(".status-bar", Node.class).localToScene(
                kiosk.find(".status-bar", Node.class).getLayoutBounds()));
        assertThat(status.getMaxY()).as(screen + " status bar bottom").isLessThanOrEqualTo(kiosk.scene().getHeight() + 0.5);
    }
}
