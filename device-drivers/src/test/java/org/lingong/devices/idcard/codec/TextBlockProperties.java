package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class TextBlockProperties {

    @ParameterizedTest
    @MethodSource("cards")
    void everyCardSurvivesEncodeAndDecode(IdCard card) throws CardDecodeException {
        byte[] block = TextBlockEncoder.encode(card);

        assertThat(block).hasSize(256);
        assertThat(TextBlockDecoder.decode(block)).isEqualTo(card);
    }

    static Stream<Arguments> cards() {
        return Gen.cases(1000, gen -> Arguments.of(CardGenerators.card(gen)));
    }
}
