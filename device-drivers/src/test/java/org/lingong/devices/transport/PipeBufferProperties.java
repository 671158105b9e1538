package org.lingong.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PipeBufferProperties {

    @Property
    void whatGoesInComesOutInOrder(@ForAll List<byte[]> chunks) throws InterruptedException {
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
}
