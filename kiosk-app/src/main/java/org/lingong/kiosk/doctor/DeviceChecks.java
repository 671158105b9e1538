package org.lingong.kiosk.doctor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lingong.devices.transport.spec.TransportSpec;

/** Whether each configured device port is there and usable by this user (the kiosk's user when run as lingong). */
final class DeviceChecks {

    private final Duration connectTimeout;

    DeviceChecks(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** @param ports device name (idcard, printer, scanner) to its transport spec, in report order */
    List<Finding> check(Map<String, TransportSpec> ports) {
        List<Finding> findings = new ArrayList<>();
        ports.forEach((device, spec) -> findings.add(check(device, spec)));
        return findings;
    }

    Finding check(String device, TransportSpec spec) {
        if (spec instanceof TransportSpec.Serial serial) {
            return localDevice(device, Path.of(serial.settings().path()), spec.describe());
        }
        if (spec instanceof TransportSpec.DeviceFile file) {
            return localDevice(device, file.path(), spec.describe());
        }
        if (spec instanceof TransportSpec.Tcp tcp) {
            return network(device, tcp);
        }
        return Finding.warn(device, spec.describe() + ": the built-in simulator, no real device (demo mode)");
    }

    private static Finding localDevice(String device, Path path, String described) {
        if (!Files.exists(path)) {
            return Finding.fail(device, path + " not found: is it plugged in and switched on? (names under /dev/kiosk/ "
                    + "come from /etc/udev/rules.d/99-lingong-kiosk.rules)");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            return Finding.fail(device, path + ": no read/write permission for user " + System.getProperty("user.name")
                    + " (" + Permissions.describe(path) + "; the kiosk user must be in group dialout)");
        }
        String target = Permissions.realPath(path).map(real -> real.equals(path) ? "" : " -> " + real).orElse("");
        return Finding.ok(device, described + target + ", can read and write");
    }

    private Finding network(String device, TransportSpec.Tcp tcp) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), (int) connectTimeout.toMillis());
            return Finding.ok(device, tcp.describe() + " answers (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } catch (IOException e) {
            return Finding.fail(device, tcp.describe() + " does not answer: " + e.getMessage()
                    + " (cable, IP address, printer switched on?)");
        }
    }
}
