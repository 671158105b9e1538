package org.lingong.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class PipeBufferFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void interleavedWritesAndReadsKeepOrder(FuzzedDataProvider data) throws InterruptedException {
        PipeBuffer buffer = new PipeBuffer();
        int written = 0;
        int read = 0;
        byte[] tmp = new byte[64];
        while (data.remainingBytes() > 0) {
            if (data.consumeBoolean()) {
                byte[] chunk = data.consumeBytes(data.consumeInt(0, 40));
                buffer.write(chunk, 0, chunk.length);
                written += chunk.length;
            } else {
                int n = buffer.read(tmp, 0, data.consumeInt(1, 64), Deadline.inMillis(0));
                read += Math.max(n, 0);
            }
        }
        assertThat(buffer.available()).isEqualTo(written - read);
    }
}
