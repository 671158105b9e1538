package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.scanner.sim.ScanEmission.Suffix;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.testing.SimulatorOnPty;

/** {@code probe} and {@code scan} against simulators over socat ptys and TCP. */
class ProbeAndScanCommandsTest {

    @TempDir
    Path dir;

    /** A pty ignores the baud rate: the reader answers at the first candidate whatever its own pacing. */
    @ParameterizedTest(name = "reader pacing {0} baud")
    @ValueSource(ints = {115_200, 9_600})
    void probeFindsTheIdCardReaderOnAPty(int pacing) throws IOException {
        IdCardReaderSimulator reader = new IdCardReaderSimulator();
        reader.setPacing(pacing);
        try (SimulatorOnPty pty = SimulatorOnPty.start(reader, dir.resolve("ttyProbe"))) {
            CliRun run = CliRun.of("probe", "--port", pty.path()).assertSuccess();

            assertThat(run.out()).contains("ID-card reader (SAM) at 115200 baud, SAM id 05.01-");
        }
    }

    @Test
    void probeFindsThePrinterOnTcpWithItsState() throws IOException {
        EscPosPrinterSimulator printer = new EscPosPrinterSimulator(PrinterProfile.paper80());
        printer.setState(SimulatedPrinterState.PAPER_OUT);
        try (SimulatorServer server = SimulatorServer.start(printer, 0)) {
            CliRun run = CliRun.of("probe", "--port", "tcp:127.0.0.1:" + server.port()).assertSuccess();

            assertThat(run.out()).contains("ESC/POS receipt printer, paper out");
        }
    }

    @Test
    void probeFindsThePrinterOnAPtyAfterTheReaderProbeFailed() throws IOException {
        try (SimulatorOnPty pty = SimulatorOnPty.start(new EscPosPrinterSimulator(PrinterProfile.paper58()),
                dir.resolve("ttyPrn"))) {
            assertThat(CliRun.of("probe", "--port", pty.path()).assertSuccess().out())
                    .contains("ESC/POS receipt printer at 115200 baud, online");
        }
    }

    @Test
    void aSilentScannerIsNoAnswerWithAHint() throws IOException {
        try (SimulatorServer server = SimulatorServer.start(new ScannerSimulator(), 0)) {
            assertThat(CliRun.of("probe", "--port", "tcp:127.0.0.1:" + server.port()).assertOneError(ExitCodes.NO_ANSWER))
                    .contains("a scanner stays silent until it scans").contains("scan --port");
        }
    }

    @Test
    void scanPrintsEachCodeFromAPty() throws IOException {
        ScannerSimulator scanner = new ScannerSimulator();
        scanner.scan("6901234567892");
        scanner.scan("电子社保卡", Charset.forName("GBK"), Suffix.CRLF);
        try (SimulatorOnPty pty = SimulatorOnPty.start(scanner, dir.resolve("ttyScan"))) {
            CliRun run = CliRun.of("scan", "--port", pty.path(), "--count", "2").assertSuccess();

            assertThat(run.out().lines()).containsExactly("6901234567892", "电子社保卡");
        }
    }

    @Test
    void scanRawPrintsHex() throws IOException {
        ScannerSimulator scanner = new ScannerSimulator();
        scanner.scan("AB1");
        try (SimulatorServer server = SimulatorServer.start(scanner, 0)) {
            CliRun run = CliRun.of("scan", "--port", "tcp:127.0.0.1:" + server.port(), "--count", "1", "--raw")
                    .assertSuccess();

            assertThat(run.out().strip()).isEqualTo("41 42 31");
        }
    }

    @Test
    void noCodeWithinTheTimeoutIsExitFour() throws IOException {
        try (SimulatorServer server = SimulatorServer.start(new ScannerSimulator(), 0)) {
            assertThat(CliRun.of("scan", "--port", "tcp:127.0.0.1:" + server.port(), "--timeout", "300ms")
                    .assertOneError(ExitCodes.NO_ANSWER)).contains("no code");
        }
    }

    @Test
    void aBadDurationIsAUsageError() {
        CliRun.of("scan", "--port", "sim:scanner", "--timeout", "soon").assertOneError(ExitCodes.USAGE);
    }
}
