package org.lingong.devices.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.testing.EchoDevice;
import org.lingong.devices.testing.EchoSession;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.testing.StatusRecorder;
import org.lingong.devices.transport.serial.SerialSettings;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.platform.api.retry.RetryPolicy;

/** A managed device on a real jSerialComm port (a socat pty bridged to a TCP simulator) survives unplug + replug. */
class ManagedDeviceSerialTest {

    @TempDir
    Path dir;

    @Test
    void survivesUnplugAndReplugOfTheSerialPort() throws Exception {
        StatusRecorder recorder = new StatusRecorder();
        try (SimulatorOnPty pty = SimulatorOnPty.start(new EchoDevice(), dir.resolve("ttyKiosk"));
             ManagedDevice<EchoSession> device = ManagedDevice.builder("serial-echo",
                             () -> new SerialTransport(SerialSettings.of(pty.path(), 115200)),
                             EchoSession::new)
                     .reconnectPolicy(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2, 0.2))
                     .linkCheckInterval(Duration.ofMillis(100))
                     .build()) {
            device.addStatusListener(recorder);
            device.open().get(10, TimeUnit.SECONDS);
            device.enable();
            recorder.awaitState(DeviceState.ONLINE);
            assertThat(device.submit(s -> s.echo("before")).get(10, TimeUnit.SECONDS)).isEqualTo("before");

            pty.unplug();
            assertThat(recorder.awaitState(DeviceState.OFFLINE)).containsExactly(DeviceState.OFFLINE);
            recorder.awaitState(DeviceState.RECONNECTING);
            pty.replug();
            List<DeviceState> path = recorder.awaitState(DeviceState.ONLINE);

            assertThat(path.get(path.size() - 2)).isEqualTo(DeviceState.RECONNECTING);
            assertThat(path).containsOnly(DeviceState.OFFLINE, DeviceState.RECONNECTING, DeviceState.ONLINE);
            assertThat(device.submit(s -> s.echo("after")).get(10, TimeUnit.SECONDS)).isEqualTo("after");
            assertThat(device.submit(s -> s.transport().describe()).get(10, TimeUnit.SECONDS))
                    .isEqualTo("serial:" + pty.link() + "@115200");
        }
    }

    @Test
    void anIdleUnplugIsReportedByJSerialCommsDisconnectEventWithoutWaitingForALinkCheck() throws Exception {
        StatusRecorder recorder = new StatusRecorder();
        try (SimulatorOnPty pty = SimulatorOnPty.start(new EchoDevice(), dir.resolve("ttyIdle"));
             ManagedDevice<EchoSession> device = ManagedDevice.builder("idle-echo",
                             () -> new SerialTransport(SerialSettings.of(pty.path(), 115200)),
                             EchoSession::new)
                     .reconnectPolicy(new RetryPolicy(Duration.ofHours(1), Duration.ofHours(1), 2, 0))
                     .linkCheckInterval(Duration.ofHours(1))
                     .build()) {
            device.addStatusListener(recorder);
            device.open().get(10, TimeUnit.SECONDS);
            device.enable();
            recorder.awaitState(DeviceState.ONLINE);

            pty.unplug();

            assertThat(recorder.awaitState(DeviceState.OFFLINE)).containsExactly(DeviceState.OFFLINE);
            assertThat(device.status().message()).contains("reported a disconnect");
        }
    }
}
