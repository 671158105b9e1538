package org.lingong.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PipeTransportTest {

    @Test
    void bytesFlowBothWays() throws IOException {
        PipeTransport pipe = PipeTransport.create("t");
        pipe.open();
        pipe.write(new byte[] {1, 2, 3});
        byte[] got = new byte[3];
        assertThat(pipe.deviceEnd().input().readNBytes(got, 0, 3)).isEqualTo(3);
        assertThat(got).containsExactly(1, 2, 3);

        pipe.deviceEnd().output().write(new byte[] {9, 8});
        byte[] back = new byte[2];
        Transports.readFully(pipe, back, 0, 2, Deadline.inMillis(500));
        assertThat(back).containsExactly(9, 8);
    }

    @Test
    void readReturnsZeroAtDeadline() throws IOException {
        PipeTransport pipe = PipeTransport.create("t");
        pipe.open();
        assertThat(pipe.read(new byte[4], 0, 4, Deadline.inMillis(20))).isZero();
    }

    @Test
    void unplugIsReportedAsDisconnect() throws IOException {
        PipeTransport pipe = PipeTransport.create("t");
        pipe.open();
        pipe.deviceEnd().unplug();
        assertThatThrownBy(() -> pipe.read(new byte[1], 0, 1, Deadline.inMillis(500)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.DISCONNECTED));
        assertThat(pipe.isConnected()).isFalse();
    }

    @Test
    void readFullyTimesOutWithReason() throws IOException {
        PipeTransport pipe = PipeTransport.create("t");
        pipe.open();
        pipe.deviceEnd().output().write(new byte[] {1});
        assertThatThrownBy(() -> Transports.readFully(pipe, new byte[2], 0, 2, Deadline.inMillis(30)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT))
                .hasMessageContaining("1 of 2");
    }
}
