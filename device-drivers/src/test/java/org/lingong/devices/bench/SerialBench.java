package org.lingong.devices.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.lifecycle.DeviceStatusEvent;
import org.lingong.devices.lifecycle.ManagedDevice;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.testing.EchoDevice;
import org.lingong.devices.testing.EchoSession;
import org.lingong.devices.testing.Reads;
import org.lingong.devices.testing.SocatPair;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * On-demand measurements (not a test): {@code mvn -pl device-drivers test-compile exec:java} is not configured, so
 * run with the test classpath, e.g.
 * {@code java -cp device-drivers/target/classes:device-drivers/target/test-classes:$(cat cp.txt) org.lingong.devices.bench.SerialBench}.
 */
public final class SerialBench {

    private SerialBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("serial-bench");
        try (SocatPair pair = SocatPair.start(dir)) {
            roundTrip(pair);
            deadlineAccuracy(pair);
        }
        try (SocatPair pair = SocatPair.start(Files.createTempDirectory("serial-bench"))) {
            disconnectDetection(pair);
        }
        reconnectAfterReplug(Files.createTempDirectory("serial-bench"));
    }

    private static void roundTrip(SocatPair pair) throws Exception {
        try (SerialTransport host = SerialTransport.open(pair.a().toString(), 115200);
             SerialTransport device = SerialTransport.open(pair.b().toString(), 115200)) {
            byte[] frame = "0123456789".getBytes(StandardCharsets.US_ASCII);
            long[] micros = new long[1000];
            for (int i = 0; i < micros.length; i++) {
                long t0 = System.nanoTime();
                host.write(frame);
                device.write(Reads.collect(device, frame.length, Deadline.inMillis(2_000)));
                Reads.collect(host, frame.length, Deadline.inMillis(2_000));
                micros[i] = (System.nanoTime() - t0) / 1_000;
            }
            Arrays.sort(micros);
            System.out.printf("pty round trip (10 bytes there and back, 1000x): median %d us, p99 %d us, max %d us%n",
                    micros[500], micros[990], micros[999]);
        }
    }

    private static void deadlineAccuracy(SocatPair pair) throws Exception {
        try (SerialTransport host = SerialTransport.open(pair.a().toString(), 115200)) {
            for (int ms : new int[] {0, 30, 60, 100, 140, 250, 500, 1000}) {
                long t0 = System.nanoTime();
                int n = host.read(new byte[8], 0, 8, Deadline.inMillis(ms));
                System.out.printf("read with %4d ms deadline and no data: returned %d after %d ms%n", ms, n,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    private static void disconnectDetection(SocatPair pair) throws Exception {
        SerialTransport host = SerialTransport.open(pair.a().toString(), 115200);
        long[] failedAt = new long[1];
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                host.read(new byte[8], 0, 8, Deadline.inMillis(10_000));
            } catch (TransportException e) {
                failedAt[0] = System.nanoTime();
            }
        });
        Thread.sleep(300);
        long killed = System.nanoTime();
        pair.kill();
        reader.get(15, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        System.out.printf("unplug -> DISCONNECTED in a pending read: %d ms (incl. socat exit); disconnect events: %d%n",
                (failedAt[0] - killed) / 1_000_000, host.disconnectEventCount());
        host.close();
    }

    private static void reconnectAfterReplug(Path dir) throws Exception {
        LinkedBlockingQueue<DeviceStatusEvent> events = new LinkedBlockingQueue<>();
        try (SimulatorServer echo = SimulatorServer.start(new EchoDevice(), 0);
             PtyBridge bridge = PtyBridge.start(dir.resolve("tty"), echo.port());
             ManagedDevice<EchoSession> device = ManagedDevice.builder("bench",
                     () -> SerialTransport.of(bridge.link().toString(), 115200), EchoSession::new).build()) {
            device.addStatusListener(events::add);
            device.open().get(10, TimeUnit.SECONDS);
            device.enable();
            await(events, DeviceState.ONLINE);
            long unplugged = System.nanoTime();
            bridge.unplug();
            await(events, DeviceState.OFFLINE);
            long offline = System.nanoTime();
            Thread.sleep(2_000);
            long replugged = System.nanoTime();
            bridge.restart();
            await(events, DeviceState.ONLINE);
            long online = System.nanoTime();
            String echoed = device.submit(s -> s.echo("ok")).get(10, TimeUnit.SECONDS);
            System.out.printf("default policy: unplug -> OFFLINE %d ms; replug after 2 s -> ONLINE %d ms; echo %s%n",
                    (offline - unplugged) / 1_000_000, (online - replugged) / 1_000_000, echoed);
        }
    }

    private static void await(LinkedBlockingQueue<DeviceStatusEvent> events, DeviceState state) throws InterruptedException {
        while (true) {
            DeviceStatusEvent e = events.poll(60, TimeUnit.SECONDS);
            if (e == null) {
                throw new IllegalStateException("no " + state);
            }
            if (e.state() == state) {
                return;
            }
        }
    }
}
