package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canvas tells the stylesheet the window's shape: a landscape layout lower than the 1080 px design height is
 * compact (the demo's 1280x800 window is laid out at 1600x1000, where the full-size screens were cut off), portrait
 * windows are portrait, and the design size is neither. Needs no toolkit: no scene, only the layout pass.
 */
class DesignCanvasTest {

    @ParameterizedTest
    @CsvSource({
        "1920, 1080, false, false, 1920, 1080",
        "1366, 768, true, false, 1600, 900",
        "1280, 800, true, false, 1600, 1000",
        "1920, 1050, true, false, 1920, 1050",
        "1080, 1920, false, true, 1080, 1920"
    })
    void theShapeFollowsTheLaidOutSize(double width, double height, boolean compact, boolean portrait,
            double layoutWidth, double layoutHeight) {
        StackPane content = new StackPane();
        DesignCanvas canvas = new DesignCanvas(content);

        canvas.resize(width, height);
        canvas.layout();

        List<String> classes = content.getStyleClass();
        assertThat(classes.contains(DesignCanvas.COMPACT)).as("compact").isEqualTo(compact);
        assertThat(classes.contains(DesignCanvas.PORTRAIT)).as("portrait").isEqualTo(portrait);
        assertThat(content.getWidth()).as("laid-out width").isEqualTo(layoutWidth, within(2.0));
        assertThat(content.getHeight()).as("laid-out height").isEqualTo(layoutHeight, within(2.0));
        assertThat(canvas.overflow()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({
        "1280, 800, 1800, 900, 1800, 1125",
        "1366, 768, 1600, 1100, 1956, 1100",
        "1080, 1920, 1200, 1000, 1200, 2133"
    })
    void contentThatCannotShrinkToTheLayoutIsLaidOutLargerAndScaledDownInTheWindowsShape(double width, double height,
            double minWidth, double minHeight, double layoutWidth, double layoutHeight) {
        StackPane content = new StackPane();
        content.setMinSize(minWidth, minHeight);
        DesignCanvas canvas = new DesignCanvas(content);

        canvas.resize(width, height);
        canvas.layout();

        assertThat(content.getWidth()).as("laid-out width").isEqualTo(layoutWidth, within(2.0));
        assertThat(content.getHeight()).as("laid-out height").isEqualTo(layoutHeight, within(2.0));
        assertThat(canvas.overflow()).as("reported, for the screen-size checks").isGreaterThan(1.1);
        var shown = content.localToParent(content.getLayoutBounds());
        assertThat(shown.getMaxX()).as("right edge on screen").isLessThanOrEqualTo(width + 0.5);
        assertThat(shown.getMaxY()).as("bottom edge on screen").isLessThanOrEqualTo(height + 0.5);
    }
}
