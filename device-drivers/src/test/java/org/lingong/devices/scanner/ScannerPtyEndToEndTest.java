package org.lingong.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.codec.TextEncoding;
import org.lingong.devices.scanner.sim.ScanEmission;
import org.lingong.devices.scanner.sim.ScanEmission.Suffix;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.platform.api.retry.RetryPolicy;

/** Scanner simulator → TCP → socat pty → jSerialComm → managed device → scan line decoder. */
class ScannerPtyEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void codesTravelThroughARealSerialPortAndSurviveAReplug() throws Exception {
        ScannerSimulator scanner = new ScannerSimulator();
        LinkedBlockingQueue<ScanResult> received = new LinkedBlockingQueue<>();
        StatusRecorder recorder = new StatusRecorder();
        try (SimulatorOnPty pty = SimulatorOnPty.start(scanner, dir.resolve("ttyScanner"));
             ManagedDevice<CodeScannerSession> device = ManagedDevice.builder("scanner",
                             () -> SerialTransport.of(pty.path(), 9600), CodeScannerSession.factory())
                     .reconnectPolicy(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2, 0.2))
                     .build()) {
            device.addStatusListener(recorder);
            device.open().get(10, TimeUnit.SECONDS);
            device.enable();
            recorder.awaitState(DeviceState.ONLINE);
            device.schedule(Duration.ofMillis(1), session -> {
                session.next(Deadline.inMillis(200)).ifPresent(received::add);
                return null;
            });

            scanner.scan("6901234567892");
            scanner.scan("电子社保卡", Charset.forName("GBK"), Suffix.CRLF);
            scanner.emit(ScanEmission.of("https://例子.cn/r?t=AbC123", StandardCharsets.UTF_8, Suffix.CR)
                    .inChunks(4, Duration.ofMillis(20)));

            assertThat(nextText(received)).isEqualTo("6901234567892");
            ScannedCode gbk = (ScannedCode) received.poll(10, TimeUnit.SECONDS);
            assertThat(gbk).isNotNull();
            assertThat(gbk.text()).isEqualTo("电子社保卡");
            assertThat(gbk.encoding()).isEqualTo(TextEncoding.GBK);
            assertThat(nextText(received)).isEqualTo("https://例子.cn/r?t=AbC123");

            pty.unplug();
            recorder.awaitState(DeviceState.OFFLINE);
            pty.replug();
            recorder.awaitState(DeviceState.ONLINE);
            scanner.scan("AFTER-REPLUG");

            assertThat(nextText(received)).isEqualTo("AFTER-REPLUG");
        }
    }

    private static String nextText(LinkedBlockingQueue<ScanResult> received) throws InterruptedException {
        ScanResult result = received.poll(10, TimeUnit.SECONDS);
        assertThat(result).as("a code within 10 s").isInstanceOf(ScannedCode.class);
        return ((ScannedCode) result).text();
    }
}
