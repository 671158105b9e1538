package org.lingong.platform.api.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsTheStandardExampleWithXCheckCharacterInAnyCase() {
        IdNumber id = IdNumber.parse(" 11010519491231002x ");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.divisionCode()).isEqualTo("110105");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            11010519491231002X, 
            440524188001010014, 
            150102198803150019, 
            """)
    void checkCharacterFollowsIso7064Mod112(String valid) {
        assertThat(IdNumber.checkCharacter(valid)).isEqualTo(valid.charAt(17));
        assertThat(IdNumber.isValid(valid)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            110105194912310021, CHECK_DIGIT
            11010519491231002,  LENGTH
            1101051949123100211, LENGTH
            11010519A91231002X, CHARACTERS
            11010519491231002Y, CHARACTERS
            110105194902300024, BIRTH_DATE
            110105194913010028, BIRTH_DATE
            110105194912000027, BIRTH_DATE
            """)
    void refusesNumbersBreakingARuleAndNamesTheRule(String invalid, InvalidIdNumberException.Rule rule) {
        assertThatThrownBy(() -> IdNumber.parse(invalid))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).doesNotContain(invalid.substring(0, 10));
                });
    }

    @Test
    void toStringIsMasked() {
        assertThat(IdNumber.parse("150102198803150019")).hasToString("150***********0019");
    }

    @Test
    void namesAndPhonesAreMasked() {
        assertThat(PersonalDataMask.name("张三丰")).isEqualTo("张*丰");
        assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
        assertThat(PersonalDataMask.name("欧阳小明")).isEqualTo("欧**明");
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
    }
}
