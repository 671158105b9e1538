package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;
import org.lingong.devices.testing.Hex;

class ScanLineDecoderProperties {

    /** One code as a scanner sends it. */
    record Scan(String text, TextEncoding encoding, String suffix) {
        byte[] payload() {
            return text.getBytes(encoding.charset());
        }
    }

    @ParameterizedTest
    @MethodSource("scansAndChunkSizes")
    void randomCodesInRandomChunksDecodeToTheSentText(List<Scan> scans, int chunkSize) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (Scan scan : scans) {
            stream.writeBytes(scan.payload());
            stream.writeBytes(scan.suffix().getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = stream.toByteArray();

        ScanLineDecoder decoder = new ScanLineDecoder();
        List<ScanResult> results = new ArrayList<>();
        for (int off = 0; off < all.length; off += chunkSize) {
            results.addAll(decoder.feed(all, off, Math.min(chunkSize, all.length - off)));
        }

        assertThat(results).hasSameSizeAs(scans);
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            ScannedCode code = (ScannedCode) results.get(i);
            assertThat(code.raw()).as("raw %s", Hex.dump(code.raw())).isEqualTo(scan.payload());
            if (scan.encoding() == TextEncoding.UTF_8 || LineText.strictDecode(scan.payload(), TextEncoding.UTF_8) == null) {
                assertThat(code.text()).isEqualTo(scan.text());
                assertThat(code.encoding()).isEqualTo(scan.encoding());
            } else {
                // a few GBK byte pairs are also valid UTF-8; UTF-8 wins by design, and the raw bytes are kept
                assertThat(code.encoding()).isEqualTo(TextEncoding.UTF_8);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("streamsAndChunkSizes")
    void chunkingNeverChangesTheResult(byte[] stream, int chunkSize) {
        List<ScanResult> whole = new ScanLineDecoder(64).feed(stream);
        ScanLineDecoder chunked = new ScanLineDecoder(64);
        List<ScanResult> pieces = new ArrayList<>();
        for (int off = 0; off < stream.length; off += chunkSize) {
            pieces.addAll(chunked.feed(stream, off, Math.min(chunkSize, stream.length - off)));
        }
        assertThat(pieces).isEqualTo(whole);
    }

    static Stream<Arguments> scansAndChunkSizes() {
        return Gen.cases(1000, gen -> Arguments.of(gen.list(1, 8, () -> scan(gen)), gen.between(1, 17)));
    }

    static Stream<Arguments> streamsAndChunkSizes() {
        return Gen.cases(1000, gen -> Arguments.of(stream(gen), gen.between(1, 50)));
    }

    /** Random bytes with line ends and overlong runs, so both line splitting and the length cap are exercised. */
    private static byte[] stream(Gen gen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] piece : gen.list(0, 6, () -> gen.bytes(0, 90))) {
            bytes.writeBytes(piece);
            bytes.writeBytes(gen.of("\r", "\n", "\r\n", "").getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static Scan scan(Gen gen) {
        Scan scan;
        do {
            String text = gen.oneOf(
                    () -> gen.string(1, 120, () -> gen.charBetween('!', '~')),
                    () -> gen.string(1, 60, () -> gen.charBetween('一', '龥')),
                    () -> gen.string(1, 80, () -> gen.charOf("0123456789ABC:/?=&.%-_ 电子社保卡订单号张三")));
            scan = new Scan(text, gen.of(TextEncoding.values()), gen.of("\r", "\r\n", "\n"));
        } while (!encodable(scan));
        return scan;
    }

    private static boolean encodable(Scan scan) {
        return scan.encoding().charset().newEncoder().canEncode(scan.text());
    }
}
