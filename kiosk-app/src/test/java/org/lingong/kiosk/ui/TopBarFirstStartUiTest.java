package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.kiosk.inclusion.AccessibilitySettings;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At first start the top bar shows what it shows after any relayout: the station name on one line with the subtitle
 * and the clock's date where it fits so, on two smaller lines without them where it does not. (The demo's name in the
 * demo's 1280×800 window started on two lines, and came back to one with the subtitle only once 大字 was toggled.)
 */
class TopBarFirstStartUiTest {

    @ParameterizedTest
    @CsvSource({
        "windowed, 新城区海拉尔东路街道零工驿站",
        "fullscreen, 新城区海拉尔东路街道零工驿站",
        "windowed, 呼和浩特市赛罕区大学东路街道零工驿站（家门口就业服务站）",
        "fullscreen, 呼和浩特市赛罕区大学东路街道零工驿站（家门口就业服务站）"
    })
    void theBarAtFirstStartIsTheBarAfterARelayout(String window, String name) throws Exception {
        try (RunningKiosk kiosk = RunningKiosk.start("--kiosk.station.name=" + name, "--kiosk.window=" + window,
                "--kiosk.platform.enabled=false")) {
            String first = nameLines(kiosk);
            kiosk.snapshot("top-bar-first-start-" + window + "-" + name.length());
            AccessibilitySettings settings = kiosk.bean(AccessibilitySettings.class);
            for (boolean large : new boolean[] {true, false}) {
                RunningKiosk.onFx(() -> {
                    settings.largeProperty().set(large);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
            }

            assertThat(first).as(window + " " + name + ": at first start, and after 大字 on and off")
                    .isEqualTo(nameLines(kiosk));
        }
    }

    /** Whether the name is on two lines, and which of its companions (subtitle, date) show. */
    private static String nameLines(RunningKiosk kiosk) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return RunningKiosk.onFx(() -> {
            Node root = kiosk.scene().getRoot();
            return "long-name " + root.lookup(".top-bar").getPseudoClassStates().stream()
                    .anyMatch(state -> state.getPseudoClassName().equals("long-name"))
                    + ", subtitle " + root.lookup(".top-bar .station-subtitle").isVisible()
                    + ", date " + root.lookup("#clock-date").isVisible();
        });
    }
}
