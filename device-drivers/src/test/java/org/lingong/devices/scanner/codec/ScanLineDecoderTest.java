package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.devices.testing.Hex;

class ScanLineDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final ScanLineDecoder decoder = new ScanLineDecoder();

    @Test
    void crEndsACode() {
        assertThat(decoder.feed(bytes("6901234567892\r"))).containsExactly(utf8("6901234567892"));
    }

    @Test
    void crlfEndsOneCodeEvenWhenTheLfArrivesInALaterChunk() {
        List<ScanResult> results = new ArrayList<>(decoder.feed(bytes("ABC123\r")));
        results.addAll(decoder.feed(bytes("\n")));
        results.addAll(decoder.feed(bytes("XYZ\r\n")));

        assertThat(results).containsExactly(utf8("ABC123"), utf8("XYZ"));
    }

    @Test
    void bareLfEndsACode() {
        assertThat(decoder.feed(bytes("one\ntwo\n"))).containsExactly(utf8("one"), utf8("two"));
    }

    @Test
    void bytesSplitAnywhereGiveTheSameCodes() {
        byte[] stream = "https://例子.cn/q?a=1\r\n订单二\r".getBytes(StandardCharsets.UTF_8);
        List<ScanResult> results = new ArrayList<>();
        for (byte b : stream) {
            results.addAll(decoder.feed(new byte[] {b}));
        }
        assertThat(results).containsExactly(utf8("https://例子.cn/q?a=1"), utf8("订单二"));
    }

    @Test
    void gbkBytesAreDecodedAsGbkWhenTheyAreNotUtf8() {
        byte[] gbk = "电子社保卡".getBytes(GBK);

        List<ScanResult> results = decoder.feed(withCr(gbk));

        assertThat(results).hasSize(1);
        ScannedCode code = (ScannedCode) results.get(0);
        assertThat(code.text()).isEqualTo("电子社保卡");
        assertThat(code.encoding()).isEqualTo(TextEncoding.GBK);
        assertThat(code.raw()).as("raw bytes %s", Hex.dump(code.raw())).isEqualTo(gbk);
    }

    @Test
    void asciiIsReportedAsUtf8() {
        ScannedCode code = (ScannedCode) decoder.feed(bytes("ABC\r")).get(0);
        assertThat(code.encoding()).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreUndecodableAndKept() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 0x41, (byte) 0x80};

        ScanResult result = decoder.feed(withCr(garbage)).get(0);

        assertThat(result).isInstanceOf(ScanResult.Undecodable.class);
        byte[] kept = ((ScanResult.Undecodable) result).raw();
        assertThat(kept).as("kept %s", Hex.dump(kept)).isEqualTo(garbage);
    }

    @Test
    void controlCharactersAreStrippedFromTextButKeptInRawBytes() {
        byte[] framed = {0x02, 'A', 'B', 0x1D, 'C', 0x03};

        ScannedCode code = (ScannedCode) decoder.feed(withCr(framed)).get(0);

        assertThat(code.text()).isEqualTo("ABC");
        assertThat(code.raw()).as("raw %s", Hex.dump(code.raw())).isEqualTo(framed);
    }

    @Test
    void aLineOfOnlyControlCharactersIsUndecodable() {
        assertThat(decoder.feed(new byte[] {0x02, 0x03, 0x0D})).singleElement()
                .isInstanceOf(ScanResult.Undecodable.class);
    }

    @Test
    void emptyLinesProduceNothing() {
        assertThat(decoder.feed(bytes("\r\r\n\n\r"))).isEmpty();
    }

    @Test
    void aLineOfExactlyTheLimitIsAccepted() {
        ScanLineDecoder small = new ScanLineDecoder(8);
        assertThat(small.feed(bytes("12345678\r"))).containsExactly(utf8("12345678"));
    }

    @Test
    void anOverlongLineIsDroppedAndTheDecoderResyncsAtTheNextTerminator() {
        ScanLineDecoder small = new ScanLineDecoder(8);
        List<ScanResult> results = new ArrayList<>(small.feed(bytes("123456789")));
        assertThat(small.pendingBytes()).isZero();
        results.addAll(small.feed(bytes("ABCDEFGHIJ\r\nok\r")));

        assertThat(results).containsExactly(new ScanResult.Overlong(19, 8), utf8("ok"));
    }

    @Test
    void resetForgetsAPartialLine() {
        decoder.feed(bytes("half"));
        decoder.reset();
        assertThat(decoder.feed(bytes("whole\r"))).containsExactly(utf8("whole"));
    }

    @Test
    void scannedCodeToStringDoesNotRevealTheText() {
        ScannedCode code = (ScannedCode) decoder.feed(bytes("SECRET-TOKEN-1234\r")).get(0);
        assertThat(code.toString()).doesNotContain("SECRET").contains("17 chars").contains("sha256:");
    }

    @Test
    void limitBelowOneIsRejected() {
        assertThatThrownBy(() -> new ScanLineDecoder(0)).hasMessageContaining("at least 1");
    }

    private static ScannedCode utf8(String text) {
        return new ScannedCode(text, text.getBytes(StandardCharsets.UTF_8), TextEncoding.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withCr(byte[] payload) {
        byte[] out = java.util.Arrays.copyOf(payload, payload.length + 1);
        out[payload.length] = 0x0D;
        return out;
    }
}
