package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** The portrait preview window: the standing kiosk's 9:16 shape, as tall as the screen allows. */
class StageSetupTest {

    @Test
    void onAFullHdMonitorThePortraitWindowIsAsTallAsTheScreenLessItsTitleBar() {
        Rectangle2D window = StageSetup.portraitWindow(1040);

        assertThat(window.getHeight()).isEqualTo(980);
        assertThat(window.getWidth()).isEqualTo(551);
        assertThat(window.getHeight()).as("portrait: the kiosk lays out its 1080x1920 design")
                .isGreaterThan(window.getWidth());
    }

    @Test
    void onATallScreenItIsTheStandingKiosksOwnSize() {
        assertThat(StageSetup.portraitWindow(2400)).isEqualTo(new Rectangle2D(0, 0, 1080, 1920));
    }
}
