package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.testing.MutableClock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A station name too long for one line beside the bar's buttons is set smaller on two lines, with the clock's date line
 * giving its width, instead of being cut short ("新城区…"), and goes back to one line when there is room again.
 */
class TopBarViewTest {

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final CurrentStation station = new CurrentStation("新城区海拉尔东路街道零工驿站", "ST-150102-001");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongNameBesideManyButtonsGoesOnTwoSmallerLinesInPlaceOfTheSubtitle() throws Exception {
        station.rename("新城区海拉尔东路街道零工驿站（家门口就业服务站）");
        TopBarView bar = onFx(() -> barIn(1600, 3));

        assertThat(onFx(bar::nameOnTwoLines)).isTrue();
        Label name = onFx(() -> (Label) bar.lookup("#station-name"));
        assertThat(onFx(() -> name.getFont().getSize())).isEqualTo(28.0);
        assertThat(onFx(() -> bar.lookup(".station-subtitle").isVisible())).isFalse();
        assertThat(onFx(() -> bar.lookup("#clock-date").isVisible())).as("the date gives its width").isFalse();
        assertThat(onFx(() -> name.getHeight())).as("two lines").isGreaterThan(28.0 * 1.8);
        // for looking at: target/screenshots/top-bar-long-name.png
        WritableImage image = onFx(() -> bar.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                Files.createDirectories(Path.of("target", "screenshots")).resolve("top-bar-long-name.png").toFile());
    }

    @Test
    void withRoomTheNameStaysOnOneLineAtFullSizeAndARenameBringsItBack() throws Exception {
        TopBarView wide = onFx(() -> barIn(1920, 0));
        assertThat(onFx(wide::nameOnTwoLines)).isFalse();
        assertThat(onFx(() -> ((Label) wide.lookup("#station-name")).getFont().getSize())).isEqualTo(40.0);

        TopBarView narrow = onFx(() -> barIn(1280, 1));
        assertThat(onFx(narrow::nameOnTwoLines)).isTrue();
        onFx(() -> {
            station.rename("测试驿站");
            for (int pass = 0; pass < 2; pass++) { // the layout decides, the next CSS pass shows the subtitle again
                narrow.applyCss();
                narrow.layout();
            }
            return null;
        });
        assertThat(onFx(narrow::nameOnTwoLines)).isFalse();
        assertThat(onFx(() -> narrow.lookup(".station-subtitle").isVisible())).isTrue();
        assertThat(onFx(() -> narrow.lookup("#clock-date").isVisible())).isTrue();
    }

    /** The bar laid out at {@code width} with the kiosk's stylesheet and {@code actions} buttons like 退出 or 呼叫. */
    private TopBarView barIn(double width, int actions) {
        TopBarView bar = new TopBarView(new StationNameViewModel(station, new CurrentThreadTaskExecutor()),
                new ClockViewModel(MutableClock.atShanghai("2026-12-06T01:00:00Z"), messages), messages);
        for (int i = 0; i < actions; i++) {
            Button action = new Button("呼叫");
            action.setStyle("-fx-min-width: 120px; -fx-min-height: 80px; -fx-font-size: 28px;");
            bar.addAction(action);
        }
        StackPane root = new StackPane(bar);
        root.getStyleClass().add("shell");
        Scene scene = new Scene(root, width, 1080);
        scene.getStylesheets().add(KioskShell.class.getResource(KioskShell.STYLESHEET).toExternalForm());
        for (int pass = 0; pass < 3; pass++) { // the pseudo-class changes the font, which the next layout uses
            root.applyCss();
            root.layout();
        }
        return bar;
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
