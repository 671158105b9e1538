package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.Fault;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatorServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code read-card} against the reader simulator on TCP and behind a socat pty (jSerialComm). */
class ReadCardCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final IdCardReaderSimulator simulator = new IdCardReaderSimulator();
    private SimulatorServer server;

    @BeforeEach
    void start() throws IOException {
        server = SimulatorServer.start(simulator, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void jsonOutputIsOneMaskedObject() {
        simulator.place(FictionalCards.MONGOLIAN_WORKER);

        CliRun run = CliRun.of("read-card", "--port", tcp(), "--json").assertSuccess();

        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode card = JSON.readTree(run.out());
        assertThat(card.get("cardType").asString()).isEqualTo("RESIDENT");
        assertThat(card.get("name").asString()).isEqualTo("巴*例");
        assertThat(card.get("idNumber").asString()).isEqualTo("150***********4511");
        assertThat(card.get("idNumberValid").asBoolean()).isTrue();
        assertThat(card.get("gender").asString()).isEqualTo("男");
        assertThat(card.get("nation").asString()).isEqualTo("蒙古");
        assertThat(card.get("birthDate").asString()).isEqualTo("1978-11-22");
        assertThat(card.get("validFrom").asString()).isEqualTo("2018-06-30");
        assertThat(card.get("validTo").asString()).isEqualTo("2038-06-30");
        assertThat(run.out()).doesNotContain("150102197811224511").doesNotContain("巴特尔示例");
        assertThat(card.get("address").asString()).isEqualTo("内蒙古自治区***");
    }

    @Test
    void revealShowsNameAndNumberAndLongTermValidity() {
        simulator.place(FictionalCards.RESIDENT_LONG_TERM);

        JsonNode card = JSON.readTree(CliRun.of("read-card", "--port", tcp(), "--json", "--reveal").assertSuccess().out());

        assertThat(card.get("name").asString()).isEqualTo("李测试");
        assertThat(card.get("idNumber").asString()).isEqualTo("320582196804150623");
        assertThat(card.get("validTo").asString()).isEqualTo("长期");
        assertThat(card.get("address").asString()).isEqualTo(FictionalCards.RESIDENT_LONG_TERM.address());
    }

    @Test
    void readsThroughASerialPtyWithBaudProbe() throws IOException {
        simulator.place(FictionalCards.HMT_HONG_KONG);
        simulator.setPacing(115_200);
        try (PtyBridge bridge = PtyBridge.start(dir.resolve("ttyIDR"), server.port())) {
            CliRun run = CliRun.of("read-card", "--port", bridge.link().toString()).assertSuccess();

            assertThat(run.out()).contains("reader on serial:" + bridge.link() + "@115200")
                    .contains("HMT_RESIDENCE").contains("陈*试").contains("810***********0029")
                    .doesNotContain("810000199207040029");
        }
    }

    @Test
    void aGivenBaudIsUsedWithoutProbing() throws IOException {
        simulator.place(FictionalCards.FOREIGNER_2023);
        simulator.setPacing(9_600);
        try (PtyBridge bridge = PtyBridge.start(dir.resolve("ttyFixed"), server.port())) {
            CliRun run = CliRun.of("read-card", "--port", bridge.link().toString(), "--baud", "9600", "--json");

            assertThat(JSON.readTree(run.assertSuccess().out()).get("cardType").asString()).isEqualTo("FOREIGNER_2023");
            assertThat(JSON.readTree(run.out()).get("nation").asString()).isEqualTo("MNG");
        }
    }

    @Test
    void noCardBeforeTheTimeoutIsExitFour() {
        String error = CliRun.of("read-card", "--port", tcp(), "--timeout", "600ms").assertOneError(ExitCodes.NO_ANSWER);

        assertThat(error).contains("no card on the reader");
    }

    @Test
    void anUnplugMidFrameIsExitSix() {
        simulator.place(FictionalCards.RESIDENT);
        simulator.injectOnce(Fault.UNPLUG_MID_FRAME, SamCommand.READ_TEXT_PHOTO);

        CliRun.of("read-card", "--port", tcp(), "--json").assertOneError(ExitCodes.DISCONNECTED);
    }

    @Test
    void anUnplugMidFrameOnAPtyIsExitSix() throws IOException {
        simulator.place(FictionalCards.RESIDENT);
        simulator.injectOnce(Fault.UNPLUG_MID_FRAME, SamCommand.READ_TEXT_PHOTO);
        try (PtyBridge bridge = PtyBridge.start(dir.resolve("ttyUnplug"), server.port())) {
            CliRun.of("read-card", "--port", bridge.link().toString(), "--json").assertOneError(ExitCodes.DISCONNECTED);
        }
    }

    @Test
    void aMissingPortOptionIsAUsageError() {
        assertThat(CliRun.of("read-card", "--json").assertOneError(ExitCodes.USAGE)).contains("--port");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(CliRun.of().assertOneError(ExitCodes.USAGE)).contains("command is required");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(CliRun.of("read-card", "--port", "sim:idcard", "--colour").assertOneError(ExitCodes.USAGE))
                .contains("--colour");
    }

    @Test
    void anUnknownSimulatorIsExitThree() {
        assertThat(CliRun.of("read-card", "--port", "sim:teapot").assertOneError(ExitCodes.UNAVAILABLE)).contains("teapot");
    }

    @Test
    void theBuiltInSimulatorNeedsNoSetup() {
        assertThat(CliRun.of("read-card", "--port", "sim:idcard").assertSuccess().out()).contains("150***********4511");
    }

    @Test
    void anUnparsablePortSpecIsAUsageError() {
        assertThat(CliRun.of("read-card", "--port", "bogus").assertOneError(ExitCodes.USAGE)).contains("bogus");
    }

    @Test
    void aMissingSerialPortIsExitThree() {
        assertThat(CliRun.of("read-card", "--port", dir.resolve("ttyNothing").toString()).assertOneError(ExitCodes.UNAVAILABLE))
                .contains("does not exist");
    }

    @Test
    void nothingListeningIsExitThree() throws IOException {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        assertThat(CliRun.of("read-card", "--port", "tcp:127.0.0.1:" + free).assertOneError(ExitCodes.UNAVAILABLE))
                .contains("nothing listens");
    }

    @Test
    void aSilentDeviceIsExitFour() throws IOException {
        try (SimulatorServer silent = SimulatorServer.start(new org.lingong.devices.scanner.sim.ScannerSimulator(), 0)) {
            CliRun.of("read-card", "--port", "tcp:127.0.0.1:" + silent.port()).assertOneError(ExitCodes.NO_ANSWER);
        }
    }

    private String tcp() {
        return "tcp:127.0.0.1:" + server.port();
    }
}
