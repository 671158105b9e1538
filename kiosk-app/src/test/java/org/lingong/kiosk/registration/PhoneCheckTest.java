package org.lingong.kiosk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneCheckTest {

    @ParameterizedTest
    @CsvSource({
            "13812345678, VALID",
            "19912345678, VALID",
            "'', EMPTY",
            "2, FIRST_DIGIT_NOT_ONE",
            "23812345678, FIRST_DIGIT_NOT_ONE",
            "12812345678, SECOND_DIGIT_NOT_THREE_TO_NINE",
            "10, SECOND_DIGIT_NOT_THREE_TO_NINE",
            "1, TOO_SHORT",
            "1381234567, TOO_SHORT",
            "138123456789, TOO_LONG"})
    void classifiesMainlandMobileNumbers(String digits, PhoneCheck expected) {
        assertThat(PhoneCheck.of(digits)).isEqualTo(expected);
    }

    @Test
    void rejectsNonDigitsLoudly() {
        assertThatThrownBy(() -> PhoneCheck.of("138-1234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keypadGroupsWhileTypingMasksWhenDoneAndStartsFreshOnTheNextKey() {
        PhoneEntry entry = new PhoneEntry();
        for (char c : "138123456789".toCharArray()) {
            entry.press(c - '0');
        }
        assertThat(entry.digits()).as("at most 11 digits").isEqualTo("13812345678");
        assertThat(entry.displayProperty().get()).isEqualTo("138 1234 5678");

        entry.finish();
        assertThat(entry.displayProperty().get()).isEqualTo("138****5678");
        assertThat(entry.editingProperty().get()).isFalse();

        entry.press(1);
        assertThat(entry.digits()).isEqualTo("1");
        assertThat(entry.displayProperty().get()).isEqualTo("1");
        entry.delete();
        assertThat(entry.checkProperty().get()).isEqualTo(PhoneCheck.EMPTY);
    }
}
