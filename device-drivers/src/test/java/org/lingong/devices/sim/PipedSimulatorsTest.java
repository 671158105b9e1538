package org.lingong.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lingong.devices.scanner.CodeScannerSession;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.spec.TransportSpec;

class PipedSimulatorsTest {

    private final ScannerSimulator scanner = new ScannerSimulator();
    private final PipedSimulators simulators = new PipedSimulators(name -> {
        if (name.equals("scanner")) {
            return scanner;
        }
        throw PipedSimulators.unknown(name, "sim:scanner");
    });

    @Test
    void aSimSpecReachesTheLongLivedSimulatorThroughAPipe() throws Exception {
        Transport transport = TransportSpec.parse("sim:scanner").factory(simulators).create();
        CodeScannerSession session = CodeScannerSession.factory().open(transport);

        scanner.scan("LG1.pipe-test");

        assertThat(text(session.next(Deadline.in(Duration.ofSeconds(10))))).isEqualTo("LG1.pipe-test");
        simulators.close();
    }

    @Test
    void closeUnplugsTheOpenPipesSoTheHostSeesADisconnect() throws Exception {
        Transport transport = simulators.forSimulator("scanner").create();

        simulators.close();

        assertThat(transport.isConnected()).isFalse();
        assertThatThrownBy(() -> transport.read(new byte[1], 0, 1, Deadline.in(Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.DISCONNECTED));
    }

    @Test
    void anUnknownNameFailsWithNotFoundNamingTheKnownOnes() {
        assertThatThrownBy(() -> simulators.forSimulator("printer").create())
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("\"printer\"", "sim:scanner");
                });
    }

    private static String text(Optional<ScanResult> result) {
        assertThat(result).containsInstanceOf(ScannedCode.class);
        return new String(((ScannedCode) result.orElseThrow()).raw(), StandardCharsets.UTF_8);
    }
}
