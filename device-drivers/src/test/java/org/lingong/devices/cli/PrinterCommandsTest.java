package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.devices.sim.SimulatorServer;

/** {@code print-test} and {@code printer-status} against the printer simulator on TCP. */
class PrinterCommandsTest {

    private EscPosPrinterSimulator simulator;
    private SimulatorServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} mm, raster QR {1}")
    @CsvSource(textBlock = """
            58, false
            58, true
            80, false
            80, true
            """)
    void theSampleSlipReachesThePrinter(int width, boolean raster) throws Exception {
        start(width == 58 ? PrinterProfile.paper58() : PrinterProfile.paper80());

        CliRun run = raster
                ? CliRun.of("print-test", "--tcp", hostPort(), "--width", String.valueOf(width), "--raster-qr")
                : CliRun.of("print-test", "--tcp", hostPort(), "--width", String.valueOf(width));

        run.assertSuccess();
        assertThat(run.out()).contains(width + " mm").contains(raster ? "raster QR" : "native QR")
                .contains("bytes sent to tcp:127.0.0.1:" + server.port()).contains("printer: online");
        PrintedReceipt receipt = simulator.awaitReceipt(1, Duration.ofSeconds(10)).orElseThrow();
        assertThat(receipt.transcript()).contains("建筑小工").contains("测试推荐单");
        assertThat(receipt.cut()).isTrue();
    }

    @Test
    void oneWayPrintsWithoutAskingForStatus() throws Exception {
        start(PrinterProfile.paper58());

        CliRun run = CliRun.of("print-test", "--port", "tcp:" + hostPort(), "--one-way").assertSuccess();

        assertThat(run.out()).contains("bytes sent").contains("state unknown (one-way)");
        assertThat(simulator.awaitReceipt(1, Duration.ofSeconds(10)).orElseThrow().transcript()).contains("建筑小工");
        assertThat(simulator.statusRequestsReceived()).isZero();
    }

    @Test
    void paperOutRefusesWithOneLineAndExitFive() throws Exception {
        start(PrinterProfile.paper58());
        simulator.setState(SimulatedPrinterState.PAPER_OUT);

        String error = CliRun.of("print-test", "--tcp", hostPort()).assertOneError(ExitCodes.NOT_READY);

        assertThat(error).contains("paper out").contains("nothing was printed").contains("load a new paper roll");
        assertThat(simulator.jobBytesReceived()).isZero();
    }

    @Test
    void coverOpenIsExitFive() throws Exception {
        start(PrinterProfile.paper80());
        simulator.setState(SimulatedPrinterState.COVER_OPEN);

        assertThat(CliRun.of("print-test", "--tcp", hostPort(), "--width", "80").assertOneError(ExitCodes.NOT_READY))
                .contains("cover open");
    }

    @Test
    void aSilentPrinterIsExitFour() throws Exception {
        start(PrinterProfile.paper58());
        simulator.setState(SimulatedPrinterState.SILENT);

        assertThat(CliRun.of("print-test", "--tcp", hostPort()).assertOneError(ExitCodes.NO_ANSWER)).contains("--one-way");
    }

    @Test
    void anUnplugDuringTheJobIsExitSix() throws Exception {
        start(PrinterProfile.paper58());
        simulator.unplugAfter(100, server::dropConnections);

        CliRun.of("print-test", "--tcp", hostPort()).assertOneError(ExitCodes.DISCONNECTED);
    }

    @Test
    void aWidthOtherThan58Or80IsAUsageError() {
        CliRun.of("print-test", "--port", "sim:printer", "--width", "70").assertOneError(ExitCodes.USAGE);
    }

    @Test
    void portAndTcpTogetherAreAUsageError() {
        CliRun.of("print-test", "--port", "sim:printer", "--tcp", "localhost:9100").assertOneError(ExitCodes.USAGE);
    }

    @Test
    void printerStatusDecodesPaperOutAndExitsZero() throws Exception {
        start(PrinterProfile.paper58());
        simulator.setState(SimulatedPrinterState.PAPER_OUT);

        CliRun run = CliRun.of("printer-status", "--tcp", hostPort()).assertSuccess();

        assertThat(run.out()).contains("paper out").contains("offline").contains("load a new paper roll");
    }

    @Test
    void printerStatusOfAnOnlinePrinter() throws Exception {
        start(PrinterProfile.paper80());
        simulator.setState(SimulatedPrinterState.PAPER_NEAR_END);

        assertThat(CliRun.of("printer-status", "--port", "tcp:" + hostPort()).assertSuccess().out())
                .contains("online").contains("paper near end");
    }

    private void start(PrinterProfile profile) throws IOException {
        simulator = new EscPosPrinterSimulator(profile);
        server = SimulatorServer.start(simulator, 0);
    }

    private String hostPort() {
        return "127.0.0.1:" + server.port();
    }
}
