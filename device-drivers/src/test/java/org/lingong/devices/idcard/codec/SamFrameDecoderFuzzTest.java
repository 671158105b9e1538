package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/** Any byte stream, in any chunking: frames or typed rejections, never an exception. */
class SamFrameDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesYieldOnlyFramesOrRejections(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        SamFrameDecoder decoder = new SamFrameDecoder();
        int pos = 0;
        for (int chunk = 1; pos < bytes.length; chunk = chunk % 13 + 1) {
            int n = Math.min(chunk, bytes.length - pos);
            List<FrameEvent> events = decoder.feed(bytes, pos, n);
            pos += n;
            for (FrameEvent e : events) {
                if (e instanceof FrameEvent.Received r) {
                    assertThat(r.frame().len()).isBetween(SamFrame.MIN_LEN, SamFrame.MAX_LEN);
                }
            }
            assertThat(decoder.bytesWanted()).isPositive();
        }
        assertThat(decoder.buffered()).isLessThanOrEqualTo(bytes.length);
    }
}
