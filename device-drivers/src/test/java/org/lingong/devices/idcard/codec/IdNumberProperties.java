package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class IdNumberProperties {

    @ParameterizedTest
    @MethodSource("numbers")
    void generatedNumbersValidateInEitherCase(String number) {
        assertThat(IdNumber.isValid(number)).isTrue();
        assertThat(IdNumber.isValid(number.toLowerCase(Locale.ROOT))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("numbersAndDigits")
    void anyOtherCheckCharacterIsRejected(String number, char replacement) {
        String other = number.substring(0, 17) + (replacement == number.charAt(17) ? 'X' : replacement);
        if (other.equals(number)) {
            other = number.substring(0, 17) + '0';
        }
        assertThat(IdNumber.isValid(other)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void maskHidesTheMiddleEleven(String number) {
        String masked = IdNumber.parse(number).masked();

        assertThat(masked).hasSize(18).startsWith(number.substring(0, 3)).endsWith(number.substring(14))
                .contains("***********");
    }

    static Stream<Arguments> numbers() {
        return Gen.cases(1000, gen -> Arguments.of(CardGenerators.idNumber(gen, CardGenerators.residentPrefix(gen))));
    }

    static Stream<Arguments> numbersAndDigits() {
        return Gen.cases(1000, gen -> Arguments.of(CardGenerators.idNumber(gen, CardGenerators.residentPrefix(gen)),
                gen.charBetween('0', '9')));
    }
}
