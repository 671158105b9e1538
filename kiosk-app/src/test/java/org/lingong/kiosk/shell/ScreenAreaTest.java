package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A screen that needs more room than the bars leave it is laid out larger in the room's shape and scaled down into the
 * room; the bars around it keep their size and place. Needs no toolkit: no scene, only the layout pass.
 */
class ScreenAreaTest {

    @ParameterizedTest
    @CsvSource({
        "1600, 744, 1632, 792, 1703, 792",
        "1600, 844, 1632, 700, 1632, 861",
        "1600, 744, 1475, 742, 1600, 744"
    })
    void aScreenIsLaidOutAtLeastAtItsMinimumInTheRoomsShapeAndScaledIntoTheRoom(double width, double height,
            double minWidth, double minHeight, double layoutWidth, double layoutHeight) {
        StackPane screen = new StackPane();
        screen.setMinSize(minWidth, minHeight);
        ScreenArea area = new ScreenArea();
        area.host().getChildren().add(screen);

        area.resize(width, height);
        area.layout();

        assertThat(area.host().getWidth()).as("laid-out width").isEqualTo(layoutWidth, within(2.0));
        assertThat(area.host().getHeight()).as("laid-out height").isEqualTo(layoutHeight, within(2.0));
        assertThat(area.overflow()).isEqualTo(layoutWidth / width, within(0.01));
        Bounds shown = area.host().localToParent(area.host().getLayoutBounds());
        assertThat(shown.getWidth()).as("shown width").isEqualTo(width, within(0.5));
        assertThat(shown.getHeight()).as("shown height").isEqualTo(height, within(0.5));
    }

    @Test
    void theBarsKeepTheirSizeWhateverTheScreenNeeds() {
        Region bar = new Region();
        bar.setMinSize(1600, 96);
        bar.setPrefSize(1600, 96);
        StackPane screen = new StackPane();
        ScreenArea area = new ScreenArea();
        area.host().getChildren().add(screen);
        BorderPane frame = new BorderPane(area);
        frame.setTop(bar);

        frame.resize(1600, 900);
        frame.layout();
        Bounds before = bar.getBoundsInParent();
        screen.setMinSize(1800, 1000);
        frame.layout();

        assertThat(frame.minWidth(-1)).as("the frame asks no more of the window").isEqualTo(1600.0);
        assertThat(bar.getBoundsInParent()).isEqualTo(before);
        assertThat(area.overflow()).isGreaterThan(1.1);
    }
}
