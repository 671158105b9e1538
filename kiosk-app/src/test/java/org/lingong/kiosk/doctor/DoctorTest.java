package org.lingong.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The doctor's report over real things: a config file, a serial device path, a printer port that accepts TCP, an HTTP
 * health endpoint with its Date header, the data folder's mode. Each failure gives a FAIL line and exit status 1.
 */
class DoctorTest {

    @TempDir
    Path dir;

    private ServerSocket printer;
    private HttpServer platform;
    private Path device;
    private Path data;
    private Path machineRoot;

    @BeforeEach
    void machine() throws Exception {
        printer = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        platform.start();
        device = Files.createFile(dir.resolve("ttyIDR"));
        machineRoot = dir.resolve("root");   // the display's socket and GTK 3, as on a station PC
        Files.createDirectories(machineRoot.resolve("tmp/.X11-unix"));
        Files.createFile(machineRoot.resolve("tmp/.X11-unix/X7"));
        Files.createDirectories(machineRoot.resolve("usr/lib/x86_64-linux-gnu"));
        Files.createFile(machineRoot.resolve("usr/lib/x86_64-linux-gnu/libgtk-3.so.0"));
        data = Files.createDirectory(dir.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
        platform.stop(0);
    }

    @Test
    void aHealthyKioskPassesWithTheSimulatorAsAWarning() throws Exception {
        Report report = run(config(device.toString(), "http://127.0.0.1:" + platform.getAddress().getPort() + "/"));
        assertThat(report.text()).contains("OK    config", "OK    idcard", "OK    printer", "WARN  scanner",
                "OK    platform", "OK    clock", "OK    fonts", "OK    display", "OK    data", "RESULT: all checks passed");
        assertThat(report.status()).isZero();
    }

    @Test
    void aMissingDeviceAndAnUnreachablePlatformFailWithWhatToDo() throws Exception {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        Report report = run(config(dir.resolve("ttyGone").toString(), "http://127.0.0.1:" + closedPort + "/"));
        assertThat(report.text()).contains("FAIL  idcard", "is it plugged in", "FAIL  platform", "unreachable",
                "check(s) FAILED");
        assertThat(report.status()).isEqualTo(1);
    }

    @Test
    void aBadValueNamesItsKeyAndDataReadableByOthersFails() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path config = config(device.toString(), "http://127.0.0.1:1/").resolveSibling("kiosk.yml");
        Files.writeString(config, Files.readString(config).replace("paper-width: 80", "paper-width: 66"));
        Report report = run(config);
        assertThat(report.text()).contains("FAIL  config", "kiosk.devices.printer.paper-width must be 58 or 80");
        assertThat(report.status()).isEqualTo(1);
        Report defaults = run(config(device.toString(), "http://127.0.0.1:1/"));
        assertThat(defaults.text()).contains("FAIL  data", "readable by others");
        Files.delete(machineRoot.resolve("tmp/.X11-unix/X7"));
        assertThat(run(config(device.toString(), "http://127.0.0.1:1/")).text()).contains("FAIL  display", "no X server");
    }

    @Test
    void theClockIsComparedWithThePlatforms() {
        Instant platformTime = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(PlatformCheck.clock(platformTime.plusSeconds(3), Optional.of(platformTime)).status())
                .isEqualTo(Finding.Status.OK);
        assertThat(PlatformCheck.clock(platformTime.minusSeconds(90), Optional.of(platformTime)).text())
                .contains("90 s behind");
        Finding far = PlatformCheck.clock(platformTime.plus(Duration.ofMinutes(7)), Optional.of(platformTime));
        assertThat(far.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(far.text()).contains("420 s ahead of the platform");
    }

    private Path config(String idcardPath, String url) throws Exception {
        String yaml = """
                kiosk:
                  station:
                    name: Test station
                    code: ST-150102-009
                  devices:
                    idcard:
                      port: serial:%s@115200
                    printer:
                      port: tcp:127.0.0.1:%d
                      paper-width: 80
                    scanner:
                      port: sim:scanner
                  platform:
                    url: %s
                    data-dir: %s
                """.formatted(idcardPath, printer.getLocalPort(), url, data);
        return Files.writeString(dir.resolve("kiosk.yml"), yaml);
    }

    private Report run(Path config) {
        Doctor doctor = new Doctor(Map.of("DISPLAY", ":7"), machineRoot, Clock.systemUTC(), Duration.ofSeconds(2));
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(doctor);
        commandLine.setOut(new PrintWriter(out));
        int status = commandLine.execute("--config", config.toString());
        return new Report(out.toString(), status);
    }

    private record Report(String text, int status) {
    }
}
