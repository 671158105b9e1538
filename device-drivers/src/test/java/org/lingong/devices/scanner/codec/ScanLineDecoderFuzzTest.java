package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

class ScanLineDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesInAnyChunkingDecodeLikeTheWholeStream(FuzzedDataProvider data) {
        int limit = data.consumeInt(1, 64);
        int chunk = data.consumeInt(1, 32);
        byte[] stream = data.consumeRemainingAsBytes();

        List<ScanResult> whole = new ScanLineDecoder(limit).feed(stream);
        ScanLineDecoder chunked = new ScanLineDecoder(limit);
        List<ScanResult> pieces = new ArrayList<>();
        for (int off = 0; off < stream.length; off += chunk) {
            pieces.addAll(chunked.feed(stream, off, Math.min(chunk, stream.length - off)));
            assertThat(chunked.pendingBytes()).isLessThanOrEqualTo(limit);
        }

        assertThat(pieces).isEqualTo(whole);
        for (ScanResult result : whole) {
            if (result instanceof ScannedCode code) {
                assertThat(code.text()).isNotEmpty().doesNotContain("\r", "\n");
                assertThat(code.raw().length).isBetween(1, limit);
            }
        }
    }
}
