package org.lingong.devices.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.testing.SocatPair;

class SerialPortsTest {

    @TempDir
    Path dir;

    @Test
    void symlinksInLinkDirectoriesAreListedWithTheirTarget() throws Exception {
        Path links = Files.createDirectory(dir.resolve("kiosk"));
        try (SocatPair pair = SocatPair.start(dir)) {
            Path scanner = Files.createSymbolicLink(links.resolve("scanner"), pair.a());
            Files.createSymbolicLink(links.resolve("dangling"), dir.resolve("gone"));

            List<SerialPortInfo> ports = SerialPorts.list(List.of(links, dir.resolve("absent")));

            assertThat(ports).filteredOn(p -> p.kind() == SerialPortInfo.Kind.SYMLINK).singleElement()
                    .satisfies(p -> {
                        assertThat(p.path()).isEqualTo(scanner.toString());
                        assertThat(p.resolvedPath()).startsWith("/dev/pts/");
                        assertThat(p.usbId()).isEmpty();
                    });
        }
    }

    @Test
    void usbIdsAreFormattedAsHex() {
        SerialPortInfo info = new SerialPortInfo("/dev/ttyUSB0", "/dev/ttyUSB0", "USB Serial", OptionalInt.of(0x1a86),
                OptionalInt.of(0x7523), SerialPortInfo.Kind.SYSTEM);
        assertThat(info.usbId()).isEqualTo("1a86:7523");
    }
}
