package org.lingong.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.testing.Hex;
import org.lingong.devices.testing.Reads;
import org.lingong.devices.transport.TransportException.Reason;

class DeviceFileTransportTest {

    private static final byte[] DLE_EOT_1 = {0x10, 0x04, 0x01};

    @TempDir
    Path dir;
    private DeviceFileTransport transport;

    @AfterEach
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void writesReachTheDeviceAndRepliesAreReadWithinTheDeadline() throws Exception {
        FifoDevice device = FifoDevice.create(dir);
        transport = device.openHost();

        transport.write(DLE_EOT_1);
        byte[] request = new byte[3];
        new java.io.DataInputStream(device.fromHost).readFully(request); // readNBytes seeks: fails on a FIFO
        device.toHost.write(0x16);
        device.toHost.flush();

        assertThat(request).as("request %s", Hex.dump(request)).isEqualTo(DLE_EOT_1);
        assertThat(Reads.collect(transport, 1, Deadline.inMillis(5_000))).containsExactly(0x16);
        assertThat(transport.read(new byte[4], 0, 4, Deadline.inMillis(200))).as("no further reply").isZero();
        assertThat(transport.isConnected()).isTrue();
    }

    @Test
    void theDeviceClosingItsEndIsADisconnect() throws Exception {
        FifoDevice device = FifoDevice.create(dir);
        transport = device.openHost();

        CountDownLatch notified = new CountDownLatch(1);
        transport.onDisconnect(notified::countDown);
        device.toHost.close();

        assertThat(notified.await(10, TimeUnit.SECONDS)).as("disconnect callback").isTrue();
        assertThatThrownBy(() -> transport.read(new byte[4], 0, 4, Deadline.inMillis(10_000)))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                .hasMessageContaining("end of file");
        assertThat(transport.isConnected()).isFalse();
    }

    @Test
    void writingAfterTheDeviceWentAwayIsADisconnect() throws Exception {
        FifoDevice device = FifoDevice.create(dir);
        transport = device.openHost();

        device.fromHost.close();
        Files.delete(device.hostToDevice);

        assertThatThrownBy(() -> transport.write(DLE_EOT_1))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
    }

    @Test
    void aMissingDeviceFileIsNotFound() {
        transport = new DeviceFileTransport(dir.resolve("lp0"));
        assertThatThrownBy(transport::open)
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("lp0");
    }

    @Test
    void aPathThatCannotBeOpenedIsUnavailable() {
        transport = new DeviceFileTransport(dir);
        assertThatThrownBy(transport::open)
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    @Test
    void aSinglePathIsOpenedOnceForReadingAndWriting() throws Exception {
        Path file = Files.write(dir.resolve("lp0"), new byte[] {0x12});
        transport = new DeviceFileTransport(file);
        transport.open();

        assertThat(Reads.collect(transport, 1, Deadline.inMillis(5_000))).containsExactly(0x12);
        transport.write(new byte[] {0x1B, 0x40});
        assertThat(Files.readAllBytes(file)).containsExactly(0x12, 0x1B, 0x40);
        assertThatThrownBy(() -> transport.read(new byte[1], 0, 1, Deadline.inMillis(5_000)))
                .as("a regular file ends: that counts as the device going away")
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
    }

    @Test
    void readsAfterCloseFailInsteadOfHangingAndCloseIsNotADisconnect() throws Exception {
        FifoDevice device = FifoDevice.create(dir);
        transport = device.openHost();
        CountDownLatch notified = new CountDownLatch(1);
        transport.onDisconnect(notified::countDown);
        transport.close();
        device.toHost.close();
        assertThat(notified.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThatThrownBy(() -> transport.read(new byte[1], 0, 1, Deadline.inMillis(5_000)))
                .isInstanceOf(TransportException.class);
    }

    @Test
    void closeWakesTheReaderThreadBlockedInTheKernel() throws Exception {
        Path node = FifoDevice.mkfifo(dir.resolve("lp-close-test"));
        transport = new DeviceFileTransport(node);
        transport.open();
        Thread reader = threadNamed("devicefile-lp-close-test");
        assertThat(reader.isAlive()).isTrue();
        Thread.sleep(200); // let the reader block in read(2)

        transport.close();
        reader.join(10_000);

        assertThat(reader.isAlive()).as("reader thread still blocked after close").isFalse();
    }

    @Test
    void aPendingReadDoesNotBlockAWriteOnTheSameDevice() throws Exception {
        Path node = FifoDevice.mkfifo(dir.resolve("lp-rw"));
        transport = new DeviceFileTransport(node);
        transport.open();
        Thread.sleep(100); // let the reader block in read(2)

        transport.write(DLE_EOT_1);

        assertThat(Reads.collect(transport, 3, Deadline.inMillis(5_000)))
                .as("a FIFO opened read-write hands our own bytes back").containsExactly(DLE_EOT_1);
    }

    private static Thread threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + name));
    }

    /** The device side of two FIFOs: host → device and device → host. */
    private static final class FifoDevice {
        final Path hostToDevice;
        final Path deviceToHost;
        InputStream fromHost;
        OutputStream toHost;

        private FifoDevice(Path hostToDevice, Path deviceToHost) {
            this.hostToDevice = hostToDevice;
            this.deviceToHost = deviceToHost;
        }

        static FifoDevice create(Path dir) throws IOException, InterruptedException {
            FifoDevice device = new FifoDevice(mkfifo(dir.resolve("to-device")), mkfifo(dir.resolve("to-host")));
            return device;
        }

        /** Opens the host transport while this side opens its ends (each FIFO open blocks for its peer). */
        DeviceFileTransport openHost() throws Exception {
            CompletableFuture<Void> deviceSide = CompletableFuture.runAsync(() -> {
                try {
                    fromHost = new FileInputStream(hostToDevice.toFile());
                    toHost = new FileOutputStream(deviceToHost.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            DeviceFileTransport host = new DeviceFileTransport(hostToDevice, deviceToHost);
            host.open();
            deviceSide.get(5, TimeUnit.SECONDS);
            return host;
        }

        static Path mkfifo(Path path) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo " + path + " failed");
            }
            return path;
        }
    }
}
