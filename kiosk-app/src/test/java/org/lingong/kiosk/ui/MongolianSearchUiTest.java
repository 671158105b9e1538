package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.MongolianShaping;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.theme.KioskFonts;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.platform.api.jobs.Job;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Search results in Mongolian (demo job list): 工种 tiles and job titles in Mongolian where the data has a Mongolian
 * text, in Chinese where it has none, every Mongolian text shaped and drawn with the Mongolian font; screenshots at
 * 1920×1080 and 1080×1920 ({@code target/screenshots/search-mn-*}).
 */
class MongolianSearchUiTest {

    private static final String CLEANING = MongolianShaping.shape("ᠠᠷᠢᠭᠤᠳᠬᠠᠯ");
    private static final String CLEANER_WANTED = MongolianShaping.shape("ᠠᠷᠢᠭᠤᠳᠬᠠᠯᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ");

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false")
            .freshSessionBeforeEach();

    @AfterEach
    void backToTheDesignSize() throws Exception {
        kiosk.resize(1920, 1080);
    }

    @Test
    void resultsShowMongolianTitlesAndWorkTypesWhereTheDataHasThemAndChineseElsewhere() throws Exception {
        kiosk.resize(1920, 1080);
        kiosk.robot.clickOn("#language-mn");
        kiosk.waitUntil(() -> kiosk.messages().language() == KioskLanguage.MN);
        RunningKiosk.onFx(() -> {
            kiosk.navigator().show(Screen.FIND_JOB);
            return null;
        });
        kiosk.waitUntil(() -> viewModel().stateProperty().get() == LoadState.READY
                && kiosk.robot.lookup("#search-card-0").tryQuery().isPresent()
                && kiosk.robot.lookup(".search-category").queryAll().size() > 1);

        Button cleaning = categoryTile(CLEANING);
        assertThat(RunningKiosk.onFx(() -> categoryTexts())).as("work types with and without a Mongolian name")
                .contains(CLEANING, "绿化养护");
        kiosk.robot.clickOn(cleaning);
        kiosk.waitUntil(() -> "保洁".equals(viewModel().categoryProperty().get())
                && viewModel().stateProperty().get() == LoadState.READY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(RunningKiosk.onFx(() -> List.copyOf(viewModel().results()))).extracting(Job::category)
                .containsOnly("保洁");
        List<Label> titles = RunningKiosk.onFx(() -> kiosk.scene().getRoot().lookupAll(".job-card .tap-card-title")
                .stream().filter(Node::isVisible).map(Label.class::cast).toList());
        List<String> titleTexts = RunningKiosk.onFx(() -> titles.stream().map(Label::getText).toList());
        assertThat(titleTexts).as("小区保洁员 has a Mongolian title").contains(CLEANER_WANTED);
        assertThat(titleTexts).as("商场日常保洁 has none: shown in Chinese").contains("商场日常保洁");
        Label mongolianTitle = titles.get(titleTexts.indexOf(CLEANER_WANTED));
        assertThat(RunningKiosk.onFx(() -> mongolianTitle.getFont().getFamily()))
                .isEqualTo(KioskFonts.MONGOLIAN_FAMILY);
        assertThat(RunningKiosk.onFx(() -> unshaped(kiosk.scene().getRoot()))).isEmpty();
        assertThat(RunningKiosk.onFx(MongolianSearchUiTest::cutCards)).as("cards whose lines stick out").isEmpty();
        assertThat(RunningKiosk.onFx(MongolianSearchUiTest::cutTiles)).as("pay, date and sort tiles cut short").isEmpty();
        kiosk.snapshot("search-mn-1920x1080");

        kiosk.robot.clickOn("#search-card-" + titleTexts.indexOf(CLEANER_WANTED));
        kiosk.waitUntil(() -> viewModel().selectedProperty().get().isPresent());
        assertThat(kiosk.find("#search-detail-title", Label.class).getText()).isEqualTo(CLEANER_WANTED);
        kiosk.snapshot("search-mn-detail-1920x1080");
        RunningKiosk.onFx(() -> {
            viewModel().closeDetail();
            return null;
        });

        kiosk.resize(1080, 1920);
        assertThat(RunningKiosk.onFx(MongolianSearchUiTest::cutCards)).as("cards whose lines stick out").isEmpty();
        assertThat(RunningKiosk.onFx(MongolianSearchUiTest::cutTiles)).as("pay, date and sort tiles cut short").isEmpty();
        kiosk.snapshot("search-mn-1080x1920");
        kiosk.robot.clickOn("#language-zh_cn");
        kiosk.waitUntil(() -> kiosk.messages().language() == KioskLanguage.ZH_CN);
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().lookupAll(".job-card .tap-card-title").stream()
                .map(node -> ((Label) node).getText()).toList())).contains("小区保洁员").doesNotContain(CLEANER_WANTED);
    }

    private static Button categoryTile(String name) {
        return kiosk.robot.lookup(".search-category").<Button>queryAll().stream()
                .filter(tile -> name.equals(tile.getText())).findFirst().orElseThrow();
    }

    private static List<String> categoryTexts() {
        return kiosk.robot.lookup(".search-category").<Button>queryAll().stream().map(Button::getText).toList();
    }

    /** Result cards too short for their lines (the graphic, centred, then sticks out above and below). */
    private static List<String> cutCards() {
        return kiosk.scene().getRoot().lookupAll(".job-card").stream().filter(Node::isVisible).map(Button.class::cast)
                .filter(card -> card.getGraphic().getBoundsInParent().getMinY() < -0.5
                        || card.getGraphic().getBoundsInParent().getMaxY() > card.getHeight() + 0.5)
                .map(card -> card.getId() + " " + card.getHeight() + " < " + card.getGraphic().getBoundsInParent())
                .toList();
    }

    /**
     * The kiosk's own filter tiles (pay, date, sort: not the 工种 names, which are the platform's data) whose drawn
     * words are not their whole text (JavaFX drew them cut short, ending in "...").
     */
    private static List<String> cutTiles() {
        return kiosk.scene().getRoot().lookupAll(".search-tile").stream().filter(Node::isVisible)
                .filter(tile -> !tile.getStyleClass().contains("search-category"))
                .map(Button.class::cast)
                .filter(tile -> tile.getText() != null && !tile.getText().isEmpty())
                .filter(tile -> !drawnText(tile).equals(tile.getText().replaceAll("\\s", "")))
                .map(tile -> tile.getId() + ": " + drawnText(tile))
                .toList();
    }

    private static String drawnText(Button tile) {
        return tile.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(node -> ((javafx.scene.text.Text) node).getText().replaceAll("\\s", "")).findFirst().orElse("");
    }

    private static SearchViewModel viewModel() {
        return kiosk.bean(SearchViewModel.class);
    }

    private static List<String> unshaped(Node root) {
        List<String> found = new java.util.ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null
                    && MongolianShaping.hasMongolian(labeled.getText())
                    && !MongolianShaping.shape(labeled.getText()).equals(labeled.getText())) {
                found.add(labeled.getText());
            }
        });
        return found;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> visitor) {
        if (node.isVisible()) {
            visitor.accept(node);
            if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(child -> visit(child, visitor));
            }
        }
    }
}
