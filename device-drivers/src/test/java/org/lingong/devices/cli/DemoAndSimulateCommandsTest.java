package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demo} end to end, and {@code simulate} serving a second CLI run over its pty. */
class DemoAndSimulateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void demoReadsPrintsAndScansAndSavesTheReceipt() throws Exception {
        Path out = dir.resolve("receipts");

        CliRun run = CliRun.of("demo", "--out", out.toString()).assertSuccess();

        assertThat(run.out()).contains("read through jSerialComm at 115200 baud").contains("\"idNumber\":\"150***********4511\"")
                .contains("scanned \"" + DemoCommand.DEMO_CODE + "\"").contains("demo finished");
        assertThat(Files.readString(out.resolve("receipt-0001.txt"))).contains("建筑小工");
        assertThat(Files.size(out.resolve("receipt-0001.png"))).isPositive();
        assertThat(run.out()).contains(out.resolve("receipt-0001.png").toString());
    }

    @Test
    void simulateOffersTheReaderOnAPtyThatSurvivesSeveralReads() throws Exception {
        Path pty = dir.resolve("ttySimIdcard");
        CompletableFuture<CliRun> simulator = CompletableFuture.supplyAsync(() -> CliRun.of("simulate", "idcard",
                "--pty", pty.toString(), "--card", "check-x", "--duration", "8s"));
        awaitFile(pty);

        for (int i = 0; i < 2; i++) {
            JsonNode card = JsonMapper.builder().build().readTree(
                    CliRun.of("read-card", "--port", pty.toString(), "--json", "--timeout", "3s").assertSuccess().out());
            assertThat(card.get("idNumber").asString()).endsWith("101X");
        }
        CliRun finished = simulator.get(20, TimeUnit.SECONDS).assertSuccess();
        Matcher listening = Pattern.compile("idcard simulator listening on tcp:127\\.0\\.0\\.1:\\d+").matcher(finished.out());
        assertThat(listening.find()).isTrue();
        assertThat(finished.out()).contains(pty.toString());
    }

    @Test
    void simulatePrinterOnAPtyWritesEachReceiptAndAnswersItsState() throws Exception {
        Path pty = dir.resolve("ttySimPrinter");
        Path out = dir.resolve("receipts");
        CompletableFuture<CliRun> simulator = CompletableFuture.supplyAsync(() -> CliRun.of("simulate", "printer",
                "--pty", pty.toString(), "--width", "58", "--out", out.toString(), "--duration", "6s"));
        awaitFile(pty);

        CliRun.of("print-test", "--port", pty.toString()).assertSuccess();
        awaitFile(out.resolve("receipt-0001.txt"));

        assertThat(Files.readString(out.resolve("receipt-0001.txt"))).contains("建筑小工");
        assertThat(out.resolve("receipt-0001.png")).exists();
        assertThat(CliRun.of("printer-status", "--port", pty.toString()).assertSuccess().out()).contains("online");
        assertThat(simulator.get(20, TimeUnit.SECONDS).assertSuccess().out()).contains("receipt 1 -> ");
    }

    @Test
    void simulateRejectsAnUnknownPrinterState() {
        assertThat(CliRun.of("simulate", "printer", "--state", "on-fire", "--duration", "1s").assertOneError(ExitCodes.USAGE))
                .contains("paper-out");
    }

    @Test
    void simulateRejectsAnUnknownCard() {
        assertThat(CliRun.of("simulate", "idcard", "--card", "nobody", "--duration", "1s").assertOneError(ExitCodes.USAGE))
                .contains("nobody").contains("mongolian-worker");
    }

    private static void awaitFile(Path path) throws InterruptedException {
        for (int i = 0; i < 500 && !Files.exists(path); i++) {
            Thread.sleep(20);
        }
        assertThat(path).exists();
    }
}
