package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lingong.devices.printer.codec.HexAssert.assertBytes;
import static org.lingong.devices.printer.codec.HexAssert.bytes;
import static org.lingong.devices.printer.codec.HexAssert.concat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscPosBuilderTest {

    @Test
    void initIsEscAt() {
        assertBytes(bytes(0x1B, 0x40), EscPosBuilder.create().init().build());
    }

    @Test
    void alignmentWritesEscAWithJustificationCode() {
        byte[] actual = EscPosBuilder.create().align(Align.LEFT).align(Align.CENTER).align(Align.RIGHT).build();
        assertBytes(bytes(
                0x1B, 0x61, 0x00,   // ESC a 0 left
                0x1B, 0x61, 0x01,   // ESC a 1 centre
                0x1B, 0x61, 0x02),  // ESC a 2 right
                actual);
    }

    @Test
    void boldOnAndOff() {
        assertBytes(bytes(
                0x1B, 0x45, 0x01,   // ESC E 1
                0x1B, 0x45, 0x00),  // ESC E 0
                EscPosBuilder.create().bold(true).bold(false).build());
    }

    @Test
    void characterSizePacksWidthInHighAndHeightInLowNibble() {
        assertBytes(bytes(
                0x1D, 0x21, 0x00,   // 1x1
                0x1D, 0x21, 0x11,   // 2x2
                0x1D, 0x21, 0x01,   // width 1, height 2
                0x1D, 0x21, 0x77),  // 8x8
                EscPosBuilder.create().size(1, 1).size(2, 2).size(1, 2).size(8, 8).build());
    }

    @Test
    void sizeOutsideOneToEightIsRejected() {
        assertThatThrownBy(() -> EscPosBuilder.create().size(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosBuilder.create().size(1, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cutsFeedBeforeCutting() {
        assertBytes(bytes(
                0x1D, 0x56, 0x42, 0x03,   // GS V 66 3: feed to cutter + 3 units, partial cut
                0x1B, 0x64, 0x05,         // ESC d 5: feed 5 lines
                0x1D, 0x56, 0x00),        // GS V 0: full cut
                EscPosBuilder.create().feedAndCut(3).feedThenFullCut(5).build());
    }

    @Test
    void chineseModeAndLineFeeds() {
        assertBytes(bytes(
                0x1C, 0x26,         // FS & Chinese mode on
                0x1C, 0x2E,         // FS . off
                0x0A,               // LF
                0x1B, 0x64, 0x02),  // ESC d 2
                EscPosBuilder.create().chineseMode(true).chineseMode(false).lineFeed().feedLines(2).build());
    }

    @Test
    void textIsGbkAndLineAddsLf() {
        assertBytes(bytes(
                0x41,                   // A
                0xD6, 0xD0, 0xCE, 0xC4, // 中文
                0xA3, 0xA4,             // ￥ (from ¥ via the table)
                0x0A),
                EscPosBuilder.create().line("A中文¥").build());
    }

    @Test
    void nativeQrSequenceForAsciiPayload() {
        byte[] actual = EscPosBuilder.create().qrNative("LG1.abc", 6, QrErrorCorrection.M).build();
        assertBytes(concat(
                bytes(0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00),   // Function 165: model 2
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06),         // Function 167: 6 dots/module
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31),         // Function 169: EC M
                bytes(0x1D, 0x28, 0x6B, 0x0A, 0x00, 0x31, 0x50, 0x30),         // Function 180: 7 bytes + 3 = 10
                "LG1.abc".getBytes(StandardCharsets.US_ASCII),
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30)),        // Function 181: print
                actual);
    }

    @Test
    void nativeQrLengthCountsUtf8BytesNotCharacters() {
        // "驿站" is 2 chars but 6 UTF-8 bytes (E9 A9 BF E7 AB 99): pL = 6 + 3 = 9
        byte[] actual = EscPosBuilder.create().qrNative("驿站", 3, QrErrorCorrection.H).build();
        assertBytes(concat(
                bytes(0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00),
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x03),
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x33),         // EC H
                bytes(0x1D, 0x28, 0x6B, 0x09, 0x00, 0x31, 0x50, 0x30),
                bytes(0xE9, 0xA9, 0xBF, 0xE7, 0xAB, 0x99),
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30)),
                actual);
    }

    @Test
    void nativeQrLengthUsesHighByteAbove252Bytes() {
        String payload = "x".repeat(300);   // 303 = 0x012F -> pL 2F, pH 01
        byte[] actual = EscPosBuilder.create().qrNative(payload, 4, QrErrorCorrection.L).build();
        byte[] storeHeader = java.util.Arrays.copyOfRange(actual, 25, 33);
        assertBytes(bytes(0x1D, 0x28, 0x6B, 0x2F, 0x01, 0x31, 0x50, 0x30), storeHeader);
        assertThat(actual).hasSize(25 + 8 + 300 + 8);
    }

    @Test
    void emptyOrOversizedQrPayloadIsRejected() {
        assertThatThrownBy(() -> EscPosBuilder.create().qrNative("", 4, QrErrorCorrection.L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosBuilder.create().qrNative("x".repeat(7090), 4, QrErrorCorrection.L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rasterHeaderForSmallBitmap() {
        // 10x2 dots: 2 bytes per row; row 0 has the leftmost and the 10th dot set, row 1 the 9th
        MonoBitmap bitmap = MonoBitmap.builder(10, 2).set(0, 0).set(9, 0).set(8, 1).build();
        assertBytes(bytes(
                0x1D, 0x76, 0x30, 0x00,   // GS v 0, m = 0 normal
                0x02, 0x00,               // xL xH: 2 bytes per row
                0x02, 0x00,               // yL yH: 2 rows
                0x80, 0x40,               // row 0: dot 0 (MSB), dot 9
                0x00, 0x80),              // row 1: dot 8
                EscPosBuilder.create().raster(bitmap).build());
    }

    @Test
    void tallRasterIsSplitInto960RowBands() {
        MonoBitmap bitmap = MonoBitmap.builder(8, 2000).set(0, 1999).build();
        byte[] actual = EscPosBuilder.create().raster(bitmap).build();
        assertBytes(bytes(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0xC0, 0x03), java.util.Arrays.copyOfRange(actual, 0, 8));
        int second = 8 + 960;
        assertBytes(bytes(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0xC0, 0x03),
                java.util.Arrays.copyOfRange(actual, second, second + 8));
        int third = second + 8 + 960;
        assertBytes(bytes(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x50, 0x00),   // 80 rows left
                java.util.Arrays.copyOfRange(actual, third, third + 8));
        assertThat(actual).hasSize(3 * 8 + 2000);
        assertThat(actual[actual.length - 1]).isEqualTo((byte) 0x80);
    }

    @Test
    void ruleFillsTheGivenColumns() {
        byte[] actual = EscPosBuilder.create().rule(32).build();
        assertThat(new String(actual, StandardCharsets.US_ASCII)).isEqualTo("-".repeat(32) + "\n");
    }

    @Test
    void buildReturnsAnIndependentCopy() {
        EscPosBuilder builder = EscPosBuilder.create().init();
        byte[] first = builder.build();
        first[0] = 0;
        builder.lineFeed();
        assertBytes(bytes(0x1B, 0x40, 0x0A), builder.build());
    }

    @Test
    void strictBuilderRefusesUnprintableTextAndReplacingBuilderReportsIt() {
        assertThatThrownBy(() -> EscPosBuilder.create().text("工地🚧"))
                .isInstanceOf(UnmappableTextException.class);
        EscPosBuilder replacing = EscPosBuilder.create(GbkTextEncoder.replacing());
        byte[] actual = replacing.text("工地🚧").build();
        assertBytes(bytes(0xB9, 0xA4, 0xB5, 0xD8, 0xA1, 0xFE), actual);   // 工 地 〓
        assertThat(replacing.replacements()).singleElement()
                .satisfies(r -> assertThat(r.codePoint()).isEqualTo(0x1F6A7));
    }
}
