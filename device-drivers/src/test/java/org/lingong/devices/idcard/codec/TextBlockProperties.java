package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextBlockProperties {

    @Property
    void everyCardSurvivesEncodeAndDecode(@ForAll("cards") IdCard card) throws CardDecodeException {
        byte[] block = TextBlockEncoder.encode(card);

        assertThat(block).hasSize(256);
        assertThat(TextBlockDecoder.decode(block)).isEqualTo(card);
    }

    @Provide
    Arbitrary<IdCard> cards() {
        return CardArbitraries.cards();
    }
}
