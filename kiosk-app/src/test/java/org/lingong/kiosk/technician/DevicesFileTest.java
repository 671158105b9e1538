package org.lingong.kiosk.technician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.testing.MutableClock;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The device override file on a real disk (a temporary folder). */
class DevicesFileTest {

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");

    @Test
    void writesTheThreePortsAsSpringReadsThem() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);

        file.write(ports("serial:/dev/ttyUSB0@115200", "tcp:192.168.1.50:9100", "sim:scanner"));

        PropertySource<?> read = load(file.path());
        assertThat(read.getProperty("kiosk.devices.idcard.port")).isEqualTo("serial:/dev/ttyUSB0@115200");
        assertThat(read.getProperty("kiosk.devices.printer.port")).isEqualTo("tcp:192.168.1.50:9100");
        assertThat(read.getProperty("kiosk.devices.scanner.port")).isEqualTo("sim:scanner");
        assertThat(file.backup()).as("nothing to back up the first time").doesNotExist();
    }

    @Test
    void portNamesWithYamlSyntaxInThemAreReadBackUnchanged() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        String awkward = "serial:/dev/serial/by-id/usb-读卡器 #1: \"A\" 'B' [x] {y} \\z@115200";

        file.write(ports(awkward, "tcp:192.168.1.50:9100", "/dev/ttyACM0"));

        PropertySource<?> read = load(file.path());
        assertThat(read.getProperty("kiosk.devices.idcard.port")).isEqualTo(awkward);
        assertThat(read.getProperty("kiosk.devices.scanner.port")).isEqualTo("serial:/dev/ttyACM0@9600");
        assertThat(Files.readString(file.path())).startsWith("# Written by the kiosk's technician screen on 2026-11-27 10:00:00.\n");
    }

    @Test
    void writesThePrintersPaperWidthAndQrModeWhenGiven() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);

        file.write(ports("sim:idcard", "tcp:192.168.1.50:9100", "sim:scanner"), new PrinterSettings(58, false));

        PropertySource<?> read = load(file.path());
        assertThat(read.getProperty("kiosk.devices.printer.port")).isEqualTo("tcp:192.168.1.50:9100");
        assertThat(read.getProperty("kiosk.devices.printer.paper-width")).isEqualTo(58);
        assertThat(read.getProperty("kiosk.devices.printer.native-qr")).isEqualTo(false);
        assertThat(read.getProperty("kiosk.devices.idcard.paper-width")).isNull();
    }

    @Test
    void keepsThePreviousFileAsBackupAndLeavesNoTemporaryFile() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        file.write(ports("sim:idcard", "sim:printer", "sim:scanner"));
        String first = Files.readString(file.path());

        file.write(ports("/dev/ttyUSB1", "sim:printer", "sim:scanner"));

        assertThat(Files.readString(file.backup())).isEqualTo(first);
        assertThat(load(file.path()).getProperty("kiosk.devices.idcard.port")).isEqualTo("serial:/dev/ttyUSB1@9600");
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("kiosk-devices.yml", "kiosk-devices.yml.bak");
        }
    }

    @Test
    void aBadSpecIsRefusedNamingItsKeyAndTheFileIsUntouched() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        file.write(ports("sim:idcard", "sim:printer", "sim:scanner"));
        byte[] before = Files.readAllBytes(file.path());

        assertThatThrownBy(() -> file.write(ports("sim:idcard", "tcp:printer:0", "sim:scanner")))
                .isInstanceOf(DevicesFile.RefusedSpec.class)
                .hasMessageStartingWith("kiosk.devices.printer.port: ")
                .satisfies(e -> assertThat(((DevicesFile.RefusedSpec) e).key()).isEqualTo("kiosk.devices.printer.port"));

        assertThat(Files.readAllBytes(file.path())).isEqualTo(before);
        assertThat(file.backup()).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesTheOriginalUntouchedAndNoTemporaryFile() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        file.write(ports("sim:idcard", "sim:printer", "sim:scanner"));
        byte[] before = Files.readAllBytes(file.path());
        // the backup's place is taken by a folder that is not empty: keeping the backup fails (as root too)
        Files.createDirectories(file.backup().resolve("in-the-way"));

        assertThatThrownBy(() -> file.write(ports("/dev/ttyUSB0", "sim:printer", "sim:scanner")))
                .isInstanceOf(java.io.IOException.class);

        assertThat(Files.readAllBytes(file.path())).isEqualTo(before);
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("kiosk-devices.yml", "kiosk-devices.yml.bak");
        }
    }

    private static Map<DeviceSlot, String> ports(String reader, String printer, String scanner) {
        Map<DeviceSlot, String> ports = new EnumMap<>(DeviceSlot.class);
        ports.put(DeviceSlot.ID_CARD_READER, reader);
        ports.put(DeviceSlot.PRINTER, printer);
        ports.put(DeviceSlot.SCANNER, scanner);
        return ports;
    }

    private static PropertySource<?> load(Path file) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("devices", new FileSystemResource(file));
        return sources.get(0);
    }
}
