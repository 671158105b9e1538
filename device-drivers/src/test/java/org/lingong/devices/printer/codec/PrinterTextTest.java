package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrinterTextTest {

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(PrinterText.columns("建筑小工 ab")).isEqualTo(11);
    }

    @Test
    void chineseWrapsAtTheColumnLimitWithoutSplittingCharacters() {
        assertThat(PrinterText.wrap("呼和浩特市赛罕区", 5)).containsExactly("呼和", "浩特", "市赛", "罕区");
    }

    @Test
    void latinWordsMoveWholeToTheNextLine() {
        assertThat(PrinterText.wrap("pay 260 per day", 9)).containsExactly("pay 260", "per day");
    }

    @Test
    void wordLongerThanALineIsBrokenAnyway() {
        assertThat(PrinterText.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void everyLineFits() {
        String text = "地址：呼和浩特市赛罕区大学东街110号青城家园三期工地 Building 7, Gate B";
        for (int width : new int[] {8, 13, 32, 48}) {
            assertThat(PrinterText.wrap(text, width)).allSatisfy(l -> assertThat(PrinterText.columns(l)).isLessThanOrEqualTo(width));
            assertThat(String.join("", PrinterText.wrap(text, width)).replace(" ", ""))
                    .isEqualTo(text.replace(" ", ""));
        }
    }
}
