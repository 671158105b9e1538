package org.lingong.devices.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists the serial ports a technician can choose from. */
public final class SerialPorts {

    /** Where udev puts stable names: USB serial adapters by id, and the kiosk's own rules. */
    public static final List<Path> WELL_KNOWN_LINK_DIRECTORIES =
            List.of(Path.of("/dev/serial/by-id"), Path.of("/dev/kiosk"));

    private static final Logger log = LoggerFactory.getLogger(SerialPorts.class);

    private SerialPorts() {
    }

    /** System ports from jSerialComm, then symlinks under {@link #WELL_KNOWN_LINK_DIRECTORIES} that exist. */
    public static List<SerialPortInfo> list() {
        return list(WELL_KNOWN_LINK_DIRECTORIES);
    }

    /** System ports from jSerialComm, then symlinks found in the given directories (missing ones are skipped). */
    public static List<SerialPortInfo> list(List<Path> linkDirectories) {
        List<SerialPortInfo> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            ports.add(new SerialPortInfo(p.getSystemPortPath(), p.getSystemPortPath(), p.getPortDescription(),
                    usbId(p.getVendorID()), usbId(p.getProductID()), SerialPortInfo.Kind.SYSTEM));
        }
        for (Path dir : linkDirectories) {
            ports.addAll(links(dir));
        }
        return ports;
    }

    private static List<SerialPortInfo> links(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SerialPortInfo> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry) && Files.exists(entry)) {
                    found.add(new SerialPortInfo(entry.toString(), entry.toRealPath().toString(), "symlink",
                            OptionalInt.empty(), OptionalInt.empty(), SerialPortInfo.Kind.SYMLINK));
                }
            }
        } catch (IOException e) {
            log.warn("cannot list serial port links in {}: {}", dir, e.getMessage());
        }
        found.sort(Comparator.comparing(SerialPortInfo::path));
        return found;
    }

    private static OptionalInt usbId(int id) {
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }
}
