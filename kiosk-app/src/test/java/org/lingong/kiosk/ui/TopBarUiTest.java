package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.inclusion.AccessibilitySettings;
import org.lingong.kiosk.shell.Screen;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tapping 大字 leaves every control of the top bar where it was (a long station name, 退出 shown, on the attract screen
 * and on the search screen, which large mode's 32 px makes too big for the small windows), so that a second tap on the
 * same spot turns large mode off again, at every supported window size; and the bar fits in both modes (its long name
 * on two lines, not cut short).
 */
class TopBarUiTest {

    private static final String LONG_NAME = "呼和浩特市赛罕区大学东路街道零工驿站（家门口就业服务站）";

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.station.name=" + LONG_NAME,
            "--kiosk.demo.enabled=true", "--kiosk.platform.enabled=false");

    /** The primary stage outlives this class: leave it at the headless screen's size, large mode off. */
    @AfterEach
    void backToTheDesignSize() throws Exception {
        kiosk.freshSession();
        kiosk.resize(1920, 1080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "1080x1920", "1366x768", "1280x800"})
    void largeModeLeavesEveryTopBarControlWhereItWas(String size) throws Exception {
        String[] sides = size.split("x");
        kiosk.resize(Double.parseDouble(sides[0]), Double.parseDouble(sides[1]));
        List<String> moved = new ArrayList<>();
        moved.addAll(movedByLargeMode(size + " attract"));

        new KioskJourney(kiosk).placeCard(FictionalCards.RESIDENT); // 退出 in the bar too
        RunningKiosk.onFx(() -> {
            kiosk.navigator().show(Screen.FIND_JOB);
            return null;
        });
        kiosk.waitUntil(() -> kiosk.scene().lookup("#search-card-0") != null);
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().lookup("#session-exit").isVisible())).isTrue();
        moved.addAll(movedByLargeMode(size + " find_job"));

        assertThat(moved).isEmpty();
    }

    /**
     * Taps 大字, then taps the same spot again: the second tap turns large mode off, and neither moved a control of the
     * bar by more than a pixel. Returns the controls that moved, each with its bounds before and after, and anything
     * of the bar that does not fit in either mode.
     */
    private List<String> movedByLargeMode(String where) throws Exception {
        Map<String, Bounds> before = controls();
        assertThat(before).containsKeys("inclusion-large", "inclusion-contrast");
        Bounds large = before.get("inclusion-large");
        Point2D spot = RunningKiosk.onFx(() -> new Point2D(kiosk.scene().getWindow().getX() + kiosk.scene().getX()
                + large.getCenterX(), kiosk.scene().getWindow().getY() + kiosk.scene().getY() + large.getCenterY()));
        AccessibilitySettings settings = kiosk.bean(AccessibilitySettings.class);
        kiosk.snapshot("top-bar-" + where.replace(' ', '-'));
        List<String> moved = new ArrayList<>(barProblems(where));

        kiosk.robot.clickOn(spot);
        kiosk.waitUntil(() -> settings.largeProperty().get());
        Map<String, Bounds> inLargeMode = controls();
        kiosk.snapshot("top-bar-large-" + where.replace(' ', '-'));
        moved.addAll(barProblems(where + " large mode"));
        kiosk.robot.clickOn(spot);
        Map<String, Bounds> after = controls();
        boolean offAgain = !RunningKiosk.onFx(() -> settings.largeProperty().get());
        RunningKiosk.onFx(() -> {
            settings.largeProperty().set(false);
            return null;
        });

        if (!offAgain) {
            moved.add(where + ": the second tap on 大字's spot did not turn large mode off");
        }
        moved.addAll(moved(where + " large mode on", before, inLargeMode));
        moved.addAll(moved(where + " large mode off again", before, after));
        return moved;
    }

    private static List<String> moved(String where, Map<String, Bounds> before, Map<String, Bounds> after) {
        List<String> moved = new ArrayList<>();
        before.forEach((id, bounds) -> {
            Bounds now = after.get(id);
            if (now == null || !same(bounds, now)) {
                moved.add(where + ": " + id + " " + text(bounds) + " -> " + (now == null ? "gone" : text(now)));
            }
        });
        return moved;
    }

    /** What the screen-size checks find wrong with the bar: a text cut short ("…"), one outside the window. */
    private static List<String> barProblems(String where) throws Exception {
        return RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot().lookup(".top-bar")).violations
                .stream().map(problem -> where + ": " + problem).toList());
    }

    /** The scene bounds of every control shown in the top bar, by id, once the pending layout ran. */
    private static Map<String, Bounds> controls() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return RunningKiosk.onFx(() -> {
            kiosk.scene().getRoot().applyCss();
            kiosk.scene().getRoot().layout();
            Map<String, Bounds> found = new TreeMap<>();
            collect(kiosk.scene().getRoot().lookup(".top-bar"), found);
            return found;
        });
    }

    private static void collect(Node node, Map<String, Bounds> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button) {
            found.put(button.getId(), button.localToScene(button.getLayoutBounds()));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static boolean same(Bounds a, Bounds b) {
        return Math.abs(a.getMinX() - b.getMinX()) <= 1 && Math.abs(a.getMinY() - b.getMinY()) <= 1
                && Math.abs(a.getMaxX() - b.getMaxX()) <= 1 && Math.abs(a.getMaxY() - b.getMaxY()) <= 1;
    }

    private static String text(Bounds bounds) {
        return String.format("(%.0f,%.0f %.0fx%.0f)", bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                bounds.getHeight());
    }
}
