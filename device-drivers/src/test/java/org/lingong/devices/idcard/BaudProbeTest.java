package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/**
 * The probe against a simulated line: at the reader's baud the simulator answers; at any other baud
 * the host hears what a UART hears on a rate mismatch, bytes of noise and never a frame.
 */
class BaudProbeTest {

    private final List<Integer> opened = new ArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void readerAt9600IsFoundAfterTrying115200() throws TransportException {
        BaudProbe probe = new BaudProbe(lineWithReaderAt(9600), BaudProbe.DEFAULT_BAUDS, Duration.ofMillis(300));

        BaudProbe.Detected detected = probe.probe().orElseThrow();

        assertThat(detected.baud()).isEqualTo(9600);
        assertThat(detected.samStatus()).isEqualTo(SamResult.SUCCESS);
        assertThat(opened).containsExactly(115200, 9600);
        assertThat(new SamReaderSession(detected.transport()).samStatus()).isEqualTo(SamResult.SUCCESS);
    }

    @Test
    void readerAt115200IsFoundFirst() throws TransportException {
        BaudProbe probe = new BaudProbe(lineWithReaderAt(115200), BaudProbe.DEFAULT_BAUDS, Duration.ofMillis(300));

        assertThat(probe.probe()).hasValueSatisfying(d -> assertThat(d.baud()).isEqualTo(115200));
        assertThat(opened).containsExactly(115200);
    }

    @Test
    void silentLineIsEmpty() throws TransportException {
        BaudProbe probe = new BaudProbe(lineWithReaderAt(57600), BaudProbe.DEFAULT_BAUDS, Duration.ofMillis(200));

        assertThat(probe.probe()).isEmpty();
    }

    @Test
    void missingPortIsThrownAtOnce() {
        BaudProbe probe = new BaudProbe(baud -> {
            throw new TransportException(Reason.NOT_FOUND, "no /dev/ttyUSB9");
        });

        assertThatThrownBy(probe::probe).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    private BaudProbe.TransportAtBaud lineWithReaderAt(int readerBaud) {
        return baud -> {
            opened.add(baud);
            if (baud == readerBaud) {
                PipedSimulator sim = PipedSimulator.start();
                toClose.add(sim);
                return sim.transport;
            }
            return mismatchedLine();
        };
    }

    /** Echoes every received byte as a random byte without 0xAA: the garble of a baud mismatch. */
    private Transport mismatchedLine() throws TransportException {
        PipeTransport pipe = PipeTransport.create("mismatch");
        pipe.open();
        Thread t = new Thread(() -> {
            Random random = new Random(7);
            InputStream in = pipe.deviceEnd().input();
            try {
                while (in.read() >= 0) {
                    int b = random.nextInt(256);
                    pipe.deviceEnd().output().write(b == 0xAA ? 0x55 : b);
                }
            } catch (IOException e) {
                // unplugged
            }
        });
        t.setDaemon(true);
        t.start();
        toClose.add(() -> pipe.deviceEnd().unplug());
        return pipe;
    }
}
