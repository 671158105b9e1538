package org.lingong.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.sim.ScanEmission.Suffix;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.testing.PipeFactory;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.platform.api.retry.RetryPolicy;

class SerialCodeScannerTest {

    private final ScannerSimulator simulator = new ScannerSimulator();
    private final PipeFactory pipes = new PipeFactory(simulator);
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<String> deliveryThreads = new LinkedBlockingQueue<>();
    private final SerialCodeScanner scanner = new SerialCodeScanner(
            ManagedDevice.builder("scanner", pipes, CodeScannerSession.factory())
                    .reconnectPolicy(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 2, 0.2))
                    .linkCheckInterval(Duration.ofMillis(50))
                    .build(), ui);

    @AfterEach
    void stop() {
        scanner.close();
        ui.shutdown();
    }

    @Test
    void scansReachListenersOnTheDeliveryExecutorAcrossAnUnplug() throws Exception {
        StatusRecorder recorder = new StatusRecorder();
        scanner.device().addStatusListener(recorder);
        scanner.addListener(this::record);
        scanner.addListener(result -> {
            throw new IllegalStateException("a broken listener does not stop the others");
        });
        scanner.start().get(10, TimeUnit.SECONDS);
        recorder.awaitState(DeviceState.ONLINE);

        simulator.scan("6901234567892");
        simulator.scan("张三的电子社保卡", Charset.forName("GBK"), Suffix.CRLF);
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("6901234567892");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("张三的电子社保卡");
        assertThat(deliveryThreads.poll()).isEqualTo("fake-ui");

        pipes.latest().deviceEnd().unplug();
        recorder.awaitState(DeviceState.OFFLINE);
        recorder.awaitState(DeviceState.ONLINE);
        simulator.scan("AFTER-UNPLUG");

        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("AFTER-UNPLUG");
    }

    private void record(ScanResult result) {
        deliveryThreads.add(Thread.currentThread().getName());
        received.add(((ScannedCode) result).text());
    }
}
