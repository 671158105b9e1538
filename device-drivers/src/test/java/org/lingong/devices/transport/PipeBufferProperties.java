package org.lingong.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class PipeBufferProperties {

    @ParameterizedTest
    @MethodSource("chunkLists")
    void whatGoesInComesOutInOrder(List<byte[]> chunks) throws InterruptedException {
        PipeBuffer buffer = new PipeBuffer();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (byte[] c : chunks) {
            buffer.write(c, 0, c.length);
            expected.writeBytes(c);
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        byte[] tmp = new byte[7];
        int n;
        while ((n = buffer.read(tmp, 0, tmp.length, Deadline.inMillis(0))) > 0) {
            actual.write(tmp, 0, n);
        }
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    static Stream<Arguments> chunkLists() {
        return Gen.cases(1000, gen -> Arguments.of(gen.list(0, 60, () -> gen.bytes(0, 300))));
    }
}
