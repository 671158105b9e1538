package org.lingong.platform.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            保洁,       bj
            建筑小工,   jzxg
            搬运工,     byg
            KTV服务员,  ktvfwy
            农牧季节工, nmjjg
            """)
    void givesTheInitialsOfEveryCharacter(String text, String initials) {
        assertThat(PinyinInitials.of(text)).contains(initials);
    }

    @Test
    void offersEveryReadingOfAPolyphonicCharacter() {
        assertThat(PinyinInitials.of("长期")).contains("cq", "zq");
        assertThat(PinyinInitials.of("银行保安")).contains("yhba", "yxba");
    }

    @Test
    void skipsPunctuationAndKeepsDigits() {
        assertThat(PinyinInitials.of("保洁（日结）2人")).contains("bjrj2r");
    }

    @Test
    void boundsTheNumberOfVariantsForLongPolyphonicText() {
        assertThat(PinyinInitials.of("长长长长长长长长长长长长")).hasSizeLessThanOrEqualTo(PinyinInitials.MAX_VARIANTS);
    }
}
