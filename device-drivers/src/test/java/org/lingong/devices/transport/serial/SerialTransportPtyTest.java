package org.lingong.devices.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.testing.EchoDevice;
import org.lingong.devices.testing.Hex;
import org.lingong.devices.testing.Reads;
import org.lingong.devices.testing.SerialPtyPair;
import org.lingong.devices.testing.SocatPair;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

class SerialTransportPtyTest {

    @TempDir
    Path dir;
    private SerialPtyPair ports;
    private SocatPair pair;
    private SerialTransport host;
    private SerialTransport device;

    @BeforeEach
    void startPair() throws Exception {
        ports = SerialPtyPair.open(dir, 115200, 115200);
        pair = ports.socat();
        host = ports.host();
        device = ports.device();
    }

    @AfterEach
    void stop() {
        ports.close();
    }

    @Test
    void bytesWrittenOnOneEndAreReadOnTheOther() throws TransportException {
        byte[] frame = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, 0x00, 0x03, 0x11, (byte) 0xFF, (byte) 0xED};

        host.write(frame);
        byte[] got = Reads.collect(device, frame.length, Deadline.inMillis(5_000));

        assertThat(got).as("received %s", Hex.dump(got)).isEqualTo(frame);
    }

    @Test
    void aReadWithoutDataReturnsZeroAtTheDeadline() throws TransportException {
        assertThat(host.read(new byte[16], 0, 16, Deadline.inMillis(300))).isZero();
        assertThat(host.isConnected()).isTrue();
    }

    @Test
    void aReadWithAnExpiredDeadlineStillReturnsBufferedBytes() throws Exception {
        device.write("abc".getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[16];
        int n = 0;
        for (int tries = 0; n == 0 && tries < 100; tries++) {
            n = host.read(buf, 0, buf.length, Deadline.inMillis(0));
            if (n == 0) {
                Thread.sleep(20);
            }
        }
        assertThat(n).isPositive();
    }

    @Test
    void killingSocatFailsAPendingReadWithDisconnectedAndStopsTheEventStorm() throws Exception {
        CompletableFuture<Object> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return host.read(new byte[16], 0, 16, Deadline.inMillis(10_000));
            } catch (TransportException e) {
                return e;
            }
        });
        Thread.sleep(200);
        pair.kill();

        Object outcome = pending.get(15, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        assertThat(host.isConnected()).isFalse();

        Thread.sleep(500);
        assertThat(host.disconnectEventCount()).as("disconnect events after the port was closed on the first one")
                .isLessThanOrEqualTo(5);
        assertThatThrownBy(() -> host.write(new byte[] {1}))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
    }

    @Test
    void aMissingPortIsNotFound() {
        SerialTransport missing = SerialTransport.of(dir.resolve("nothing-here").toString(), 9600);
        assertThatThrownBy(missing::open)
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("nothing-here");
    }

    @Test
    void aPortAlreadyOpenIsUnavailable() {
        SerialTransport second = SerialTransport.of(pair.a().toString(), 9600);
        assertThatThrownBy(second::open)
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageContaining(pair.a().toString());
    }

    @Test
    void aRegularFileIsNotASerialDevice() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-tty"), "x");
        assertThatThrownBy(() -> SerialTransport.open(file.toString(), 9600))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    @Test
    void theBaudRateCanBeChangedOnTheOpenPort() throws TransportException {
        host.setBaud(9600);
        assertThat(host.describe()).isEqualTo("serial:" + pair.a() + "@9600");
        host.write(new byte[] {0x42});
        assertThat(Reads.collect(device, 1, Deadline.inMillis(5_000))).containsExactly(0x42);
        assertThatThrownBy(() -> host.setBaud(10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baud 10");
    }

    @Test
    void aNewTransportOpensTheSameLinkAfterThePtyBridgeRestarts() throws Exception {
        try (SimulatorServer echo = SimulatorServer.start(new EchoDevice(), 0);
             PtyBridge bridge = PtyBridge.start(dir.resolve("ttyEcho"), echo.port())) {
            SerialTransport first = SerialTransport.open(bridge.link().toString(), 9600);
            assertEchoes(first, "before");

            bridge.unplug();
            assertThatThrownBy(() -> first.read(new byte[8], 0, 8, Deadline.inMillis(10_000)))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
            first.close();
            assertThatThrownBy(() -> SerialTransport.open(bridge.link().toString(), 9600))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));

            bridge.restart();
            SerialTransport second = SerialTransport.open(bridge.link().toString(), 9600);
            assertEchoes(second, "after");
            second.close();
        }
    }

    private static void assertEchoes(SerialTransport transport, String text) throws TransportException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        transport.write(bytes);
        assertThat(new String(Reads.collect(transport, bytes.length, Deadline.inMillis(5_000)), StandardCharsets.US_ASCII))
                .isEqualTo(text);
    }
}
