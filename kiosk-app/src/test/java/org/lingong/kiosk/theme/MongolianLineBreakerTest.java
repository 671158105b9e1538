package org.lingong.kiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long Mongolian sentence in a narrow wrapping label, drawn headless with the bundled font: every line stays inside
 * the box and the sentence is drawn once (as much ink as the same sentence on one unwrapped line). Without
 * {@link MongolianLineBreaker} JavaFX 21 draws the whole rest of the sentence on the first line, past the box, and
 * repeats it on the lines below.
 */
class MongolianLineBreakerTest {

    private static final double BOX = 300;
    private static final double LEFT = 20;
    private static final double SIZE = 32;

    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            KioskFonts.load();
            return null;
        });
    }

    @AfterAll
    static void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aWrappedMongolianSentenceBreaksBetweenWordsInsideItsBox() throws Exception {
        String sentence = new Messages(KioskLanguage.MN).get("attract.cardPrompt.hint");

        WritableImage wrapped = draw(sentence, true);
        WritableImage oneLine = draw(sentence, false);

        Ink wrappedInk = Ink.of(wrapped);
        Ink oneLineInk = Ink.of(oneLine);
        assertThat((double) oneLineInk.right()).as("the unwrapped sentence is wider than the box (so it must wrap)")
                .isGreaterThan(LEFT + 2 * BOX);
        assertThat((double) (wrappedInk.bottom() - wrappedInk.top())).as("several lines").isGreaterThan(3 * SIZE);
        assertThat((double) wrappedInk.right()).as("right edge of the wrapped lines' ink").isLessThanOrEqualTo(LEFT + BOX + 2);
        assertThat((double) wrappedInk.pixels()).as("ink of the wrapped sentence: drawn once, nothing repeated")
                .isCloseTo(oneLineInk.pixels(), within(oneLineInk.pixels() * 0.08));
    }

    @Test
    void linesAreFilledGreedilyAndTextWithoutSpacesIsLeftWhole() throws Exception {
        Font font = Font.font(KioskFonts.MONGOLIAN_FAMILY, SIZE);
        String word = new Messages(KioskLanguage.MN).get("attract.cardPrompt.hint").split(" ")[0];
        String broken = onFx(() -> MongolianLineBreaker.lines(word + " " + word + " " + word, font, 1.0));
        assertThat(broken).isEqualTo(word + "\n" + word + "\n" + word);
        assertThat(onFx(() -> MongolianLineBreaker.lines(word + " " + word, font, 10_000))).isEqualTo(word + " " + word);
        assertThat(onFx(() -> MongolianLineBreaker.lines(word, font, 1.0))).isEqualTo(word);
    }

    private static WritableImage draw(String text, boolean wrap) throws Exception {
        Label label = onFx(() -> {
            Label l = new Label(text);
            l.setFont(Font.font(KioskFonts.MONGOLIAN_FAMILY, SIZE));
            l.setTextFill(Color.BLACK);
            l.setPadding(Insets.EMPTY);
            l.setWrapText(wrap);
            if (wrap) {
                l.setPrefWidth(BOX);
                l.setMaxWidth(BOX);
            }
            l.relocate(LEFT, 20);
            Pane root = new Pane(l);
            root.setBackground(Background.fill(Color.WHITE));
            Scene scene = new Scene(root, 1800, 500);
            MongolianLineBreaker.install(scene);
            stage.setScene(scene);
            stage.show();
            return l;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            label.getScene().getRoot().requestLayout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> label.getScene().getRoot().snapshot(null, null));
    }

    /** The dark pixels of an image: their count and the box around them. */
    private record Ink(long pixels, int right, int top, int bottom) {

        static Ink of(WritableImage image) {
            PixelReader reader = image.getPixelReader();
            long pixels = 0;
            int right = -1;
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    if (reader.getColor(x, y).getBrightness() < 0.5) {
                        pixels++;
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            return new Ink(pixels, right, top, bottom);
        }
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }
}
