package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.lingong.devices.testing.Hex;

class ScanLineDecoderProperties {

    /** One code as a scanner sends it. */
    record Scan(String text, TextEncoding encoding, String suffix) {
        byte[] payload() {
            return text.getBytes(encoding.charset());
        }
    }

    @Property
    void randomCodesInRandomChunksDecodeToTheSentText(@ForAll("scans") @Size(min = 1, max = 8) List<Scan> scans,
                                                      @ForAll @IntRange(min = 1, max = 17) int chunkSize) {
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

    @Property
    void chunkingNeverChangesTheResult(@ForAll @Size(max = 300) byte[] stream,
                                       @ForAll @IntRange(min = 1, max = 50) int chunkSize) {
        List<ScanResult> whole = new ScanLineDecoder(64).feed(stream);
        ScanLineDecoder chunked = new ScanLineDecoder(64);
        List<ScanResult> pieces = new ArrayList<>();
        for (int off = 0; off < stream.length; off += chunkSize) {
            pieces.addAll(chunked.feed(stream, off, Math.min(chunkSize, stream.length - off)));
        }
        assertThat(pieces).isEqualTo(whole);
    }

    @Provide
    Arbitrary<List<Scan>> scans() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(120),
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789ABC:/?=&.%-_ 电子社保卡订单号张三").ofMinLength(1).ofMaxLength(80));
        Arbitrary<TextEncoding> encoding = Arbitraries.of(TextEncoding.values());
        Arbitrary<String> suffix = Arbitraries.of("\r", "\r\n", "\n");
        return Combinators.combine(text, encoding, suffix).as(Scan::new)
                .filter(ScanLineDecoderProperties::encodable)
                .list();
    }

    private static boolean encodable(Scan scan) {
        return scan.encoding().charset().newEncoder().canEncode(scan.text());
    }
}
