package org.lingong.devices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.testing.SimulatorOnPty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shaded jar as a technician runs it ({@code java -jar target/lingong-devices.jar …}) in a child process.
 * Skipped unless the jar was built before the tests ran (e.g. {@code mvn package -DskipTests} first): in a plain
 * {@code mvn verify} the test phase comes before packaging.
 */
class DeviceCliJarIT {

    private static final Path JAR = Path.of("target", "lingong-devices.jar");

    @TempDir
    Path dir;

    @BeforeEach
    void requireJar() {
        assertThat(JAR).as("the shaded jar, built in the package phase before this integration test").isRegularFile();
    }

    @Test
    void readCardThroughAPtyPrintsOneMaskedJsonObject() throws Exception {
        IdCardReaderSimulator reader = new IdCardReaderSimulator();
        reader.place(FictionalCards.MONGOLIAN_WORKER);
        try (SimulatorOnPty pty = SimulatorOnPty.start(reader, dir.resolve("ttyJar"))) {
            Result result = run("read-card", "--port", pty.path(), "--json");

            assertThat(result.exitCode()).as("stderr: %s", result.err()).isZero();
            assertThat(result.err()).isEmpty();
            JsonNode card = JsonMapper.builder().build().readTree(result.out());
            assertThat(card.get("idNumber").asString()).isEqualTo("150***********4511");
            assertThat(card.get("name").asString()).isEqualTo("巴*例");
        }
    }

    @Test
    void aMissingPortExitsThreeWithOneErrorLineAndNoLogNoise() throws Exception {
        Result result = run("read-card", "--port", dir.resolve("ttyNone").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("error: "));
    }

    @Test
    void theJarCarriesTheCliLoggingConfigurationButNoLogbackXml() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry(DeviceCli.LOGBACK_RESOURCE)).isNotNull();
            assertThat(jar.getEntry("logback.xml")).isNull();
        }
    }

    @Test
    void demoWithoutSocatSaysSoOnceAndFallsBackToTcp() throws Exception {
        Path out = dir.resolve("receipts");
        Result result = runWithPath(Map.of("PATH", dir.toString()), "demo", "--out", out.toString());

        assertThat(result.exitCode()).as("stderr: %s", result.err()).isZero();
        assertThat(result.out().lines().filter(l -> l.startsWith("socat is not available"))).hasSize(1);
        assertThat(result.out()).contains("read through TCP").contains("demo finished");
        assertThat(out.resolve("receipt-0001.png")).exists();
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return runWithPath(Map.of(), args);
    }

    private static Result runWithPath(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not exit within 60 s");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
