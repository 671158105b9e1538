package org.lingong.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.platform.api.retry.RetryPolicy;

/** The scanner facade the kiosk uses, through jSerialComm on a socat pty, surviving an unplug by itself. */
class SerialCodeScannerPtyTest {

    @TempDir
    Path dir;

    @Test
    void codesArriveBeforeAndAfterAnUnplugWithoutAManualReopen() throws Exception {
        ScannerSimulator simulator = new ScannerSimulator();
        LinkedBlockingQueue<ScanResult> codes = new LinkedBlockingQueue<>();
        StatusRecorder status = new StatusRecorder();
        ExecutorService delivery = Executors.newSingleThreadExecutor();
        try (SimulatorOnPty pty = SimulatorOnPty.start(simulator, dir.resolve("ttyScan"));
             SerialCodeScanner scanner = new SerialCodeScanner(ManagedDevice.builder("scanner",
                             () -> SerialTransport.of(pty.path(), 9600), CodeScannerSession.factory())
                     .reconnectPolicy(new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2, 0.2))
                     .build(), delivery)) {
            scanner.addListener(codes::add);
            scanner.device().addStatusListener(status);
            scanner.start().get(10, TimeUnit.SECONDS);
            status.awaitState(DeviceState.ONLINE);

            simulator.scan("BEFORE-UNPLUG");
            assertThat(nextText(codes)).isEqualTo("BEFORE-UNPLUG");

            pty.unplug();
            status.awaitState(DeviceState.OFFLINE);
            pty.replug();
            status.awaitState(DeviceState.ONLINE);
            simulator.scan("AFTER-REPLUG");

            assertThat(nextText(codes)).isEqualTo("AFTER-REPLUG");
        } finally {
            delivery.shutdownNow();
        }
    }

    private static String nextText(LinkedBlockingQueue<ScanResult> codes) throws InterruptedException {
        ScanResult result = codes.poll(20, TimeUnit.SECONDS);
        assertThat(result).as("a code within 20 s").isInstanceOf(ScannedCode.class);
        return ((ScannedCode) result).text();
    }
}
