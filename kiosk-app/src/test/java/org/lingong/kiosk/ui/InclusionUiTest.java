package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.inclusion.AccessibilitySettings;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.theme.VerticalText;

/**
 * The whole kiosk in Mongolian, in large mode and in high contrast, at the three kiosk sizes: the Mongolian tiles read
 * top to bottom, every text is shaped, large mode leaves no text below 32 px and no button below 100 px but the top
 * bar's controls, which keep their size (design pixels, measured on the live scene; the search screen too, its letter
 * keys folded and open), and each state is saved as a screenshot ({@code target/screenshots/inclusion}).
 */
class InclusionUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass().freshSessionBeforeEach();

    /** The primary stage outlives this class: leave it at the headless screen's size for the next test class. */
    @AfterEach
    void backToTheDesignSize() throws Exception {
        kiosk.resize(1920, 1080);
    }

    @Test
    void mongolianTilesReadTopToBottomAndEveryTextIsShaped() throws Exception {
        kiosk.resize(1920, 1080);
        kiosk.robot.clickOn("#language-mn");
        kiosk.waitUntil(() -> kiosk.messages().language() == KioskLanguage.MN);

        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().getStyleClass())).contains("lang-mn");
        VerticalText findJob = RunningKiosk.onFx(() -> (VerticalText) kiosk.scene().getRoot()
                .lookup("#tile-find_job").lookup(".mongolian-column"));
        assertThat(findJob).as("the find-job tile's words stand in a column").isNotNull();
        Label column = RunningKiosk.onFx(() -> (Label) ((Group) findJob.getChildren().get(0)).getChildren().get(0));
        assertThat(column.getRotate()).isEqualTo(90);
        assertThat(RunningKiosk.onFx(() -> unshaped(kiosk.scene().getRoot()))).as("texts with an unshaped Mongolian run")
                .isEmpty();
        kiosk.snapshot("inclusion-mn-attract-1920x1080");

        for (Screen screen : List.of(Screen.FIND_JOB, Screen.REGISTER, Screen.SCAN)) {
            RunningKiosk.onFx(() -> {
                kiosk.navigator().show(screen);
                return null;
            });
            kiosk.snapshot("inclusion-mn-" + screen.name().toLowerCase(java.util.Locale.ROOT) + "-1920x1080");
        }
        kiosk.resize(1080, 1920);
        RunningKiosk.onFx(() -> {
            kiosk.navigator().showAttract();
            return null;
        });
        kiosk.snapshot("inclusion-mn-attract-1080x1920");
        assertThat(RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()).violations))
                .as("the main instruction in Mongolian, portrait").noneMatch(violation -> violation.contains("#card-prompt"));
    }

    @Test
    void largeModeHasNoTextBelow32pxAndNoButtonBelow100pxAtEveryKioskSize() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String size : List.of("1920x1080", "1080x1920", "1366x768")) {
            String[] sides = size.split("x");
            kiosk.resize(Double.parseDouble(sides[0]), Double.parseDouble(sides[1]));
            kiosk.robot.clickOn("#inclusion-large");
            kiosk.waitUntil(() -> kiosk.scene().getRoot().getStyleClass().contains("large"));
            failures.addAll(RunningKiosk.onFx(() -> largeModeViolations(size, kiosk.scene().getRoot())));
            kiosk.snapshot("inclusion-large-attract-" + size);
            kiosk.robot.clickOn("#inclusion-contrast");
            kiosk.snapshot("inclusion-large-contrast-attract-" + size);

            RunningKiosk.onFx(() -> {
                kiosk.navigator().show(Screen.FIND_JOB);
                return null;
            });
            kiosk.waitUntil(() -> kiosk.scene().getRoot().lookup("#search-letters") != null);
            failures.addAll(RunningKiosk.onFx(() -> largeModeViolations(size + " find_job", kiosk.scene().getRoot())));
            kiosk.snapshot("inclusion-large-contrast-find_job-" + size);
            kiosk.robot.clickOn("#search-letters");
            kiosk.waitUntil(() -> kiosk.scene().getRoot().lookup("#search-key-b").isVisible());
            failures.addAll(RunningKiosk.onFx(() -> largeModeViolations(size + " find_job keys open",
                    kiosk.scene().getRoot())));
            kiosk.robot.clickOn("#search-key-b");
            kiosk.snapshot("inclusion-large-contrast-find_job-keys-" + size);
            kiosk.freshSession();
        }
        kiosk.resize(1920, 1080);
        assertThat(failures).isEmpty();
    }

    @Test
    void inNormalModeTheLetterKeysAreNeverFolded() throws Exception {
        kiosk.resize(1920, 1080);
        RunningKiosk.onFx(() -> {
            kiosk.navigator().show(Screen.FIND_JOB);
            return null;
        });
        kiosk.waitUntil(() -> kiosk.scene().getRoot().lookup("#search-letters") != null);
        kiosk.robot.clickOn("#search-letters");
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().lookup("#search-key-b").isVisible())).isTrue();
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().lookup(".search-filters") == null
                || kiosk.scene().getRoot().lookup(".search-filters").isVisible())).isTrue();
    }

    @Test
    void theSettingsEndWithTheSessionAndTheIdleTimeDoublesInLargeMode() throws Exception {
        kiosk.resize(1920, 1080);
        kiosk.robot.clickOn("#inclusion-large");
        assertThat(RunningKiosk.onFx(() -> kiosk.idle().timeout().toSeconds())).isEqualTo(180);
        RunningKiosk.onFx(() -> {
            kiosk.navigator().show(Screen.FIND_JOB);
            return null;
        });
        kiosk.robot.clickOn("#inclusion-contrast");
        kiosk.snapshot("inclusion-large-contrast-find_job-1920x1080");

        kiosk.freshSession();

        AccessibilitySettings settings = kiosk.bean(AccessibilitySettings.class);
        assertThat(settings.largeProperty().get() || settings.highContrastProperty().get()).isFalse();
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().getRoot().getStyleClass())).doesNotContain("large",
                "high-contrast");
        assertThat(RunningKiosk.onFx(() -> kiosk.idle().timeout().toSeconds())).isEqualTo(90);
    }

    /**
     * Texts below 32 px and buttons below 100×100 px, in the shell's own (design) pixels; and the screen still fits the
     * window (nothing outside it, no text cut short).
     */
    private static List<String> largeModeViolations(String size, Node root) {
        List<String> violations = new ArrayList<>();
        AccessibilityChecks.check(root).violations.stream()
                .filter(v -> v.startsWith("the screen needs") || v.contains("lies outside") || v.contains("cut short"))
                .forEach(v -> violations.add(size + ": " + v));
        visit(root, node -> {
            if (node instanceof Text text && !text.getText().isBlank() && text.getFont().getSize() < 32 - 0.01
                    && !insideStatusBar(text) && !insideTopBarControl(text)) {
                violations.add(size + ": text '" + text.getText() + "' at " + text.getFont().getSize() + " px");
            }
            if (node instanceof ButtonBase button && !insideTopBarControl(button)
                    && (button.getHeight() < 100 - 1 || button.getWidth() < 100 - 1)) {
                violations.add(size + ": button " + button.getId() + " " + Math.round(button.getWidth()) + "x"
                        + Math.round(button.getHeight()));
            }
        });
        return violations;
    }

    /** The device status bar is for the staff: it keeps its size in large mode. */
    private static boolean insideStatusBar(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("status-bar")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top bar's controls (大字 among them) keep their size in large mode, so that a second tap on 大字 finds it where
     * the first one did ({@link TopBarUiTest}); they are 80 px targets with 24 px words in both modes.
     */
    private static boolean insideTopBarControl(Node node) {
        boolean inControl = false;
        for (Node at = node; at != null; at = at.getParent()) {
            inControl |= at instanceof ButtonBase;
            if (at.getStyleClass().contains("top-bar")) {
                return inControl;
            }
        }
        return false;
    }

    private static List<String> unshaped(Node root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null
                    && org.lingong.kiosk.i18n.MongolianShaping.hasMongolian(labeled.getText())
                    && !org.lingong.kiosk.i18n.MongolianShaping.shape(labeled.getText()).equals(labeled.getText())) {
                found.add(labeled.getText());
            }
        });
        return found;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> visitor) {
        if (!node.isVisible()) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, visitor));
        }
    }
}
