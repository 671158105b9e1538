package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.privacy.Masking;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Any 256 bytes decode to a card or fail with the typed {@link CardDecodeException}; a decoded card
 * is fully populated and shows its number masked in toString().
 */
class TextBlockDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBlockDecodesOrFailsWithATypedError(FuzzedDataProvider data) {
        byte[] block = Arrays.copyOf(data.consumeRemainingAsBytes(), 256);
        try {
            IdCard card = TextBlockDecoder.decode(block);
            assertThat(card.birthDate()).isNotNull();
            assertThat(card.toString()).contains(Masking.idNumber(card.documentNumber()));
        } catch (CardDecodeException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }
}
