package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class GbkTextEncoderProperties {

    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest
    @MethodSource("texts")
    void replacingOutputIsAlwaysPrintableAsciiOrTwoByteGbk(String text) {
        EncodedText encoded = GbkTextEncoder.replacing().encode(text);
        byte[] out = encoded.bytes();
        for (int i = 0; i < out.length; ) {
            int b = out[i] & 0xFF;
            if (b < 0x80) {
                assertThat(b).isBetween(0x20, 0x7E);
                i++;
            } else {
                assertThat(b).isBetween(0x81, 0xFE);
                assertThat(out[i + 1] & 0xFF).isGreaterThanOrEqualTo(0x40);
                i += 2;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void decodingTheBytesGivesTheTextWithEachReplacementApplied(String text) {
        EncodedText encoded = GbkTextEncoder.replacing().encode(text);
        StringBuilder expected = new StringBuilder();
        int next = 0;
        for (EncodedText.Replacement r : encoded.replacements()) {
            expected.append(text, next, r.index()).append(r.printedAs());
            next = r.index() + Character.charCount(r.codePoint());
        }
        expected.append(text.substring(next));
        assertThat(new String(encoded.bytes(), GBK)).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void strictEitherThrowsOrAgreesWithReplacing(String text) {
        try {
            EncodedText strict = GbkTextEncoder.strict().encode(text);
            assertThat(strict.hasMarkers()).isFalse();
            assertThat(strict.bytes()).isEqualTo(GbkTextEncoder.replacing().encode(text).bytes());
        } catch (UnmappableTextException e) {
            assertThat(GbkTextEncoder.replacing().encode(text).replacements())
                    .anySatisfy(r -> assertThat(r.index()).isEqualTo(e.index()));
        }
    }

    static Stream<Arguments> texts() {
        return Gen.cases(1000, gen -> Arguments.of(gen.anyString(40)));
    }
}
