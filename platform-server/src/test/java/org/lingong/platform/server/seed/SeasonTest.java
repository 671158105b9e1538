package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeasonTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            *;        1,2,3,4,5,6,7,8,9,10,11,12
            5-7;      5,6,7
            11-3;     1,2,3,11,12
            10-4;     1,2,3,4,10,11,12
            5-6,9-10; 5,6,9,10
            8;        8
            """)
    void parsesRangesIncludingOnesThatWrapOverNewYear(String text, String expectedMonths) {
        Season season = Season.parse(text);
        for (String number : expectedMonths.split(",")) {
            assertThat(season.months()).contains(Month.of(Integer.parseInt(number.strip())));
        }
        assertThat(season.months()).hasSize(expectedMonths.split(",").length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0-3", "5-13", "May-July", "5--7", "1-2-3"})
    void rejectsMalformedSeasonsNamingTheText(String text) {
        assertThatThrownBy(() -> Season.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-30, true
            2026-12-01, true
            2027-03-31, true
            2026-04-01, false
            2026-10-31, false
            """)
    void winterSeasonContainsDatesFromNovemberToMarch(LocalDate date, boolean expected) {
        assertThat(Season.parse("11-3").contains(date)).isEqualTo(expected);
    }
}
