package org.lingong.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.theme.KioskFonts;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The joining rule: a ZWNJ after every Mongolian run and nowhere else; and, drawn with the bundled font, a known word
 * measures its shaped width (HarfBuzz: ᠮᠣᠩᠭᠣᠯ = u182E.ini u1823.med u1829.med u182D.med u1823.med u182F.fin, 3,163
 * units per em), not the wider sum of its isolated letters (4,739 units in Noto Sans Mongolian 3.002), so a regression to unjoined letters fails.
 */
class MongolianShapingTest {

    private static final String MONGOL = "\u182E\u1823\u1829\u182D\u1823\u182F";
    private static final double SIZE = 100;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
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
    void aNonJoinerFollowsEachMongolianRunAndNothingElse() {
        assertThat(MongolianShaping.shape("零工 abc 12")).isEqualTo("零工 abc 12");
        assertThat(MongolianShaping.shape(MONGOL)).isEqualTo(MONGOL + "\u200C");
        assertThat(MongolianShaping.shape("QR \u182C\u1823\u1833 12")).isEqualTo("QR \u182C\u1823\u1833\u200C 12");
        assertThat(MongolianShaping.shape("\u1832\u1820\u1828\u202F\u1824 {0}"))
                .as("a suffix after the narrow no-break space stays in its word's run")
                .isEqualTo("\u1832\u1820\u1828\u202F\u1824\u200C {0}");
    }

    @Test
    void shapingTwiceChangesNothing() {
        String once = MongolianShaping.shape(MONGOL + " " + MONGOL + "? 3");
        assertThat(MongolianShaping.shape(once)).isEqualTo(once);
    }

    @Test
    void messagesComeOutShapedInMongolian() {
        Messages messages = new Messages(KioskLanguage.MN);
        assertThat(messages.get("screen.findJob")).endsWith("\u200C").contains(" ");
        assertThat(messages.get("idle.countdown", 40)).startsWith("40 ");
        assertThat(new Messages(KioskLanguage.ZH_CN).get("screen.findJob")).doesNotContain("\u200C");
    }

    @Test
    void aShapedWordHasItsJoinedWidthAndAnUnshapedOneIsWider() throws Exception {
        double shaped = onFx(() -> width(MongolianShaping.shape(MONGOL)));
        double isolated = onFx(() -> width(MONGOL));

        assertThat(shaped).as("joined forms, as HarfBuzz measures them").isCloseTo(3163 * SIZE / 1000, within(1.0));
        assertThat(isolated).as("isolated forms").isCloseTo(4739 * SIZE / 1000, within(1.0));
    }

    @Test
    void hanLatinAndDigitsFallBackToOtherFontsInTheMongolianFamily() throws Exception {
        double han = onFx(() -> width("\u4E2D"));
        double digits = onFx(() -> width("0123456789"));
        double missing = onFx(() -> width("\uE000"));

        assertThat(han).as("one Han character is one em wide, not a box").isCloseTo(SIZE, within(2.0));
        assertThat(digits).as("ten digits drawn by a fallback font, not ten boxes").isNotCloseTo(10 * missing, within(1.0))
                .isGreaterThan(4 * SIZE);
    }

    private static double width(String text) {
        Text node = new Text(text);
        node.setFont(Font.font(KioskFonts.MONGOLIAN_FAMILY, SIZE));
        return node.getLayoutBounds().getWidth();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
