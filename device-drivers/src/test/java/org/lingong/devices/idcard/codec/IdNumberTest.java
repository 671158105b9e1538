package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void workedExampleHasCheckCharacterX() throws CardDecodeException {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        IdNumber n = IdNumber.parse("11010519491231002X");
        assertThat(n.value()).isEqualTo("11010519491231002X");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(n.gender()).isEqualTo(Gender.FEMALE);
        assertThat(n.kind()).isEqualTo(IdNumber.Kind.RESIDENT);
    }

    @Test
    void lowercaseXIsNormalisedToUppercase() throws CardDecodeException {
        assertThat(IdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            110105194912310021,  check character does not match
            110105194912310029,  check character does not match
            11010519491231002,   must have 15 or 18 characters, has 17
            1101051949123100211, must have 15 or 18 characters, has 19
            1101051949123100AX,  character 17 is not a digit
            11010519491231002Y,  check character must be a digit or X
            11010519490231002X,  birth date part is not a real date
            11010549123100A,     character 15 is not a digit
            """)
    void invalidNumbersAreRejectedWithAReasonButWithoutTheNumber(String number, String reason) {
        assertThatThrownBy(() -> IdNumber.parse(number))
                .isInstanceOfSatisfying(CardDecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).contains(reason).doesNotContain(number);
                });
        assertThat(IdNumber.isValid(number)).isFalse();
    }

    @Test
    void fifteenDigitLegacyNumberHasNoCheckCharacter() throws CardDecodeException {
        IdNumber n = IdNumber.parse("110105491231002");

        assertThat(n.kind()).isEqualTo(IdNumber.Kind.LEGACY_15);
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(n.gender()).isEqualTo(Gender.FEMALE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            810000199207040029, HMT_HONG_KONG
            820000199207040012, HMT_MACAU
            830000199207040006, HMT_TAIWAN
            915496198506150015, FOREIGNER
            150102197811224511, RESIDENT
            """)
    void prefixTellsTheKindOfHolder(String number, IdNumber.Kind kind) throws CardDecodeException {
        assertThat(IdNumber.parse(number).kind()).isEqualTo(kind);
    }

    @Test
    void maskKeepsFirstThreeAndLastFour() throws CardDecodeException {
        IdNumber n = IdNumber.parse("150102197811224511");

        assertThat(n.mask()).isEqualTo("150***********4511");
        assertThat(n.toString()).isEqualTo("150***********4511");
    }
}
