package org.lingong.devices.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.testing.SerialPtyPair;
import org.lingong.devices.testing.SocatPair;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.devices.transport.Transports;

/** Baud probing on a real (pty) port; ptys ignore the rate, so the probe itself decides which rate "answers". */
class BaudProbeTest {

    private static final byte[] SAM_STATUS = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, 0x00, 0x03, 0x11,
            (byte) 0xFF, (byte) 0xED};

    @TempDir
    Path dir;
    private SerialPtyPair ports;
    private SocatPair pair;
    private SerialTransport host;
    private SerialTransport device;

    @BeforeEach
    void open() throws Exception {
        ports = SerialPtyPair.open(dir, 115200, 9600);
        pair = ports.socat();
        host = ports.host();
        device = ports.device();
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void triesRatesFastestFirstAndStopsAtTheFirstAnswer() throws TransportException {
        List<Integer> tried = new ArrayList<>();
        int found = BaudProbe.find(host, BaudProbe.COMMON_RATES, t -> {
            int rate = host.settings().baud();
            tried.add(rate);
            if (rate != 19200) {
                throw new TransportException(Reason.TIMEOUT, "silent at " + rate);
            }
            t.write(SAM_STATUS);
            byte[] got = new byte[SAM_STATUS.length];
            Transports.readFully(device, got, 0, got.length, Deadline.inMillis(5_000));
            return java.util.Arrays.equals(got, SAM_STATUS);
        });

        assertThat(found).isEqualTo(19200);
        assertThat(tried).containsExactly(115200, 57600, 38400, 19200);
        assertThat(host.describe()).endsWith("@19200");
    }

    @Test
    void noAnswerAtAnyRateIsAProtocolErrorNamingTheRates() {
        assertThatThrownBy(() -> BaudProbe.find(host, List.of(115200, 9600), t -> false))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL))
                .hasMessageContaining("[115200, 9600]").hasMessageContaining(pair.a().toString());
    }

    @Test
    void aDisconnectStopsTheProbeAtOnce() throws Exception {
        List<Integer> tried = new ArrayList<>();
        pair.kill();
        assertThatThrownBy(() -> BaudProbe.find(host, BaudProbe.COMMON_RATES, t -> {
            tried.add(1);
            t.write(SAM_STATUS);
            return true;
        })).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        assertThat(tried).hasSizeLessThanOrEqualTo(1);
    }
}
