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

    /** The numbers of every document the kiosk's card reader decodes (the simulator's fictional cards). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            110101199003071233, RESIDENT,             1990-03-07
            810000199207040029, HMT_RESIDENCE,        1992-07-04
            830000199001010020, HMT_RESIDENCE,        1990-01-01
            915496198506150015, FOREIGN_PERMANENT,    1985-06-15
            MNG150085061501,    FOREIGN_PERMANENT_15, 1985-06-15
            usa110001020305,    FOREIGN_PERMANENT_15, 2001-02-03
            """)
    void acceptsEveryCardTypeTheReaderDecodes(String number, IdNumber.Kind kind, LocalDate birth) {
        IdNumber id = IdNumber.parse(number);

        assertThat(id.kind()).isEqualTo(kind);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.value()).isEqualTo(number.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MN1150085061501, CHARACTERS
            MNG15008506150A, CHARACTERS
            MNG150085136101, BIRTH_DATE
            MNG150085023001, BIRTH_DATE
            """)
    void refusesMalformedFifteenCharacterPermits(String invalid, InvalidIdNumberException.Rule rule) {
        assertThatThrownBy(() -> IdNumber.parse(invalid))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void toStringIsMasked() {
        assertThat(IdNumber.parse("150102198803150019")).hasToString("150***********0019");
    }

    @Test
    void workedExampleOfTheStandardHasCheckCharacterX() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.parse("11010519491231002X").oddSequence()).as("sequence 002: a woman").isFalse();
        assertThat(IdNumber.parse("110101199003071233").oddSequence()).as("sequence 123: a man").isTrue();
        assertThat(IdNumber.parse("MNG150085061501").oddSequence()).as("permit sequence 01").isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1101051949123100
            1101051949123100A
            """)
    void checkCharacterNeedsSeventeenDigits(String text) {
        assertThatThrownBy(() -> IdNumber.checkCharacter(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The 15-digit resident number of before 1999 is on no card the reader decodes. */
    @Test
    void refusesTheOldFifteenDigitResidentNumber() {
        assertThatThrownBy(() -> IdNumber.parse("110105491231002"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidIdNumberException.Rule.CHARACTERS));
    }

    @Test
    void missingNumberIsRefusedAsTooShort() {
        assertThatThrownBy(() -> IdNumber.parse(null))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidIdNumberException.Rule.LENGTH));
    }
}
