package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.sim.FictionalCards;

/** The encoder writes the bytes at the offsets of devices.md A.5. */
class TextBlockEncoderTest {

    @Test
    void residentBlockEqualsTheHandBuiltOne() {
        byte[] encoded = TextBlockEncoder.encode(FictionalCards.RESIDENT);

        assertThat(Hex.of(encoded)).isEqualTo(Hex.of(TextBlockBuilder.resident().build()));
    }

    @Test
    void longTermIsWrittenAsChangQiThenSpaces() {
        byte[] encoded = TextBlockEncoder.encode(FictionalCards.RESIDENT_LONG_TERM);

        assertThat(Hex.of(Arrays.copyOfRange(encoded, 204, 220)))
                .isEqualTo("7F 95 1F 67 20 00 20 00 20 00 20 00 20 00 20 00");
    }

    @Test
    void typeFlagsSitAtOffset248() {
        assertThat(Hex.of(Arrays.copyOfRange(TextBlockEncoder.encode(FictionalCards.FOREIGNER_2017), 248, 250)))
                .isEqualTo("49 00");
        assertThat(Hex.of(Arrays.copyOfRange(TextBlockEncoder.encode(FictionalCards.HMT_HONG_KONG), 248, 250)))
                .isEqualTo("4A 00");
        assertThat(Hex.of(Arrays.copyOfRange(TextBlockEncoder.encode(FictionalCards.FOREIGNER_2023), 248, 250)))
                .isEqualTo("59 00");
        assertThat(Hex.of(Arrays.copyOfRange(TextBlockEncoder.encode(FictionalCards.RESIDENT), 220, 256)))
                .isEqualTo("20 00 ".repeat(18).trim());
    }

    @Test
    void hmtExtrasSitAfterOffset219() {
        byte[] encoded = TextBlockEncoder.encode(FictionalCards.HMT_HONG_KONG);

        assertThat(Hex.of(Arrays.copyOfRange(encoded, 220, 242)))
                .isEqualTo(Hex.of(new TextBlockBuilder().at(220, "H12345678").at(238, "01").build()).substring(220 * 3, 242 * 3 - 1));
    }

    @Test
    void everyFictionalCardDecodesBackToItselfWithoutImages() throws CardDecodeException {
        for (IdCard card : FictionalCards.ALL) {
            IdCard decoded = TextBlockDecoder.decode(TextBlockEncoder.encode(card));

            assertThat(decoded).isEqualTo(card.withImages(OpaqueBytes.EMPTY, OpaqueBytes.EMPTY));
        }
    }
}
