package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

class IdNumberProperties {

    @Property
    void generatedNumbersValidateInEitherCase(@ForAll("numbers") String number) {
        assertThat(IdNumber.isValid(number)).isTrue();
        assertThat(IdNumber.isValid(number.toLowerCase(Locale.ROOT))).isTrue();
    }

    @Property
    void anyOtherCheckCharacterIsRejected(@ForAll("numbers") String number,
                                          @ForAll @CharRange(from = '0', to = '9') char replacement) {
        String other = number.substring(0, 17) + (replacement == number.charAt(17) ? 'X' : replacement);
        if (other.equals(number)) {
            other = number.substring(0, 17) + '0';
        }
        assertThat(IdNumber.isValid(other)).isFalse();
    }

    @Property
    void maskHidesTheMiddleEleven(@ForAll("numbers") String number) throws CardDecodeException {
        String masked = IdNumber.parse(number).mask();

        assertThat(masked).hasSize(18).startsWith(number.substring(0, 3)).endsWith(number.substring(14))
                .contains("***********");
    }

    @Provide
    Arbitrary<String> numbers() {
        return CardArbitraries.idNumbers(CardArbitraries.residentPrefixes());
    }
}
