package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lingong.devices.printer.codec.HexAssert.assertBytes;
import static org.lingong.devices.printer.codec.HexAssert.bytes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GbkTextEncoderTest {

    private final GbkTextEncoder strict = GbkTextEncoder.strict();
    private final GbkTextEncoder replacing = GbkTextEncoder.replacing();

    @Test
    void chineseTextBecomesTwoByteGbk() {
        EncodedText encoded = strict.encode("呼和浩特市 建筑小工");
        assertBytes(bytes(
                0xBA, 0xF4, 0xBA, 0xCD, 0xBA, 0xC6, 0xCC, 0xD8, 0xCA, 0xD0,   // 呼和浩特市
                0x20,
                0xBD, 0xA8, 0xD6, 0xFE, 0xD0, 0xA1, 0xB9, 0xA4),              // 建筑小工
                encoded.bytes());
        assertThat(encoded.replacements()).isEmpty();
    }

    @Test
    void yenSignBecomesFullwidthYuanNeverQuestionMark() {
        EncodedText encoded = strict.encode("¥260/天");
        assertBytes(bytes(0xA3, 0xA4, 0x32, 0x36, 0x30, 0x2F, 0xCC, 0xEC), encoded.bytes());
        assertThat(encoded.bytes()).doesNotContain((byte) 0x3F);
        assertThat(encoded.replacements()).singleElement().satisfies(r -> {
            assertThat(r.codePoint()).isEqualTo(0xA5);
            assertThat(r.printedAs()).isEqualTo("￥");
            assertThat(r.kind()).isEqualTo(EncodedText.Replacement.Kind.TABLE);
        });
    }

    @Test
    void fullwidthYuanAndEmDashEncodeDirectly() {
        assertBytes(bytes(0xA3, 0xA4, 0xA1, 0xAA, 0xA1, 0xA4), strict.encode("￥—·").bytes());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # input code point, printed as (hex GBK or ASCII)
            00A0, 20
            0009, 20
            2022, A1A4
            30FB, A1A4
            """)
    void tableReplacesLookalikes(String codePoint, String expectedHex) {
        String input = Character.toString(Integer.parseInt(codePoint, 16));
        EncodedText encoded = strict.encode(input);
        assertThat(HexAssert.hex(encoded.bytes()).replace(" ", "")).isEqualTo(expectedHex);
        assertThat(encoded.replacements()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"🚧", "𠀀", "\u001B", "\u0000", "\u007F", "\uE000", "\uD800"})
    void strictPolicyNamesTheUnmappableCharacterAndItsPosition(String bad) {
        String text = "工地" + bad + "A";
        assertThatThrownBy(() -> strict.encode(text))
                .isInstanceOfSatisfying(UnmappableTextException.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.codePoint()).isEqualTo(bad.codePointAt(0));
                    assertThat(e.getMessage()).contains(String.format("U+%04X", bad.codePointAt(0))).contains("index 2");
                });
    }

    @Test
    void replacePolicyPrintsVisibleMarkerAndListsEachReplacement() {
        EncodedText encoded = replacing.encode("A𠀀B🚧");
        assertBytes(bytes(0x41, 0xA1, 0xFE, 0x42, 0xA1, 0xFE), encoded.bytes());   // A 〓 B 〓
        assertThat(encoded.hasMarkers()).isTrue();
        assertThat(encoded.replacements()).extracting(EncodedText.Replacement::index).containsExactly(1, 4);
        assertThat(encoded.replacements()).extracting(EncodedText.Replacement::codePoint)
                .containsExactly(0x20000, 0x1F6A7);
    }

    @Test
    void customMarkerMustItselfBePrintable() {
        assertBytes(bytes(0xA1, 0xF5), GbkTextEncoder.replacing("□").encode("🚧").bytes());
        assertThatThrownBy(() -> GbkTextEncoder.replacing("🚧")).isInstanceOf(UnmappableTextException.class);
    }

    @Test
    void neverEmitsFourByteSequencesOrStrayHighSingleBytes() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0x20; cp < 0x3000; cp++) {
            if (!Character.isSurrogate((char) cp)) {
                all.appendCodePoint(cp);
            }
        }
        all.append("€𠀀😀");
        byte[] out = replacing.encode(all.toString()).bytes();
        for (int i = 0; i < out.length; ) {
            int b = out[i] & 0xFF;
            if (b < 0x80) {
                assertThat(b).as("control byte at %d", i).isBetween(0x20, 0x7E);
                i++;
            } else {
                assertThat(b).as("lead byte at %d", i).isBetween(0x81, 0xFE);
                assertThat(out[i + 1] & 0xFF).as("trail byte at %d (a digit here would start GB18030 4-byte)", i + 1)
                        .isGreaterThanOrEqualTo(0x40);
                i += 2;
            }
        }
    }

    @Test
    void printableCheckIsFalseForReplacedCharacters() {
        assertThat(GbkTextEncoder.isPrintable("张*三 150***********1234")).isTrue();
        assertThat(GbkTextEncoder.isPrintable("¥")).isFalse();
        assertThat(GbkTextEncoder.isPrintable("😀")).isFalse();
    }
}
