package org.lingong.kiosk.technician;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.transport.spec.InvalidTransportSpecException;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.platform.api.files.AtomicFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The device override file the technician screen writes ({@code config/kiosk-devices.yml}: {@code kiosk.devices.*}
 * only; {@code config/kiosk.yml} imports it optionally, so it wins at the next start). Every spec is checked first:
 * a bad one is refused with its key and nothing is written. Then the new file (YAML written by SnakeYAML, which
 * quotes whatever a port name holds): the current file (if any) is copied to {@code .bak}, and the new one is written
 * by {@link AtomicFiles} (owner-only, forced to disk, moved over the current one atomically): a power cut leaves the
 * old or the new file, never half of one. Blocking (disk).
 */
public final class DevicesFile {

    /** A spec that does not parse; the message names the key. Nothing was written. */
    public static final class RefusedSpec extends Exception {
        private final String key;

        RefusedSpec(String key, String reason) {
            super(key + ": " + reason);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final Clock clock;

    public DevicesFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    public Path backup() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Writes the ports of every slot.
     *
     * @throws RefusedSpec a spec does not parse (nothing written)
     * @throws IOException the disk refused (the current file is untouched)
     */
    public void write(Map<DeviceSlot, String> ports) throws RefusedSpec, IOException {
        write(ports, null);
    }

    /**
     * Writes the ports of every slot and, unless {@code null}, the printer's paper width and QR mode.
     *
     * @throws RefusedSpec a spec does not parse (nothing written)
     * @throws IOException the disk refused (the current file is untouched)
     */
    public void write(Map<DeviceSlot, String> ports, @Nullable PrinterSettings printer) throws RefusedSpec, IOException {
        Map<String, Object> devices = new LinkedHashMap<>();
        for (DeviceSlot slot : DeviceSlot.values()) {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("port", canonical(slot, ports.get(slot)));
            if (slot == DeviceSlot.PRINTER && printer != null) {
                device.put("paper-width", printer.paperWidth());
                device.put("native-qr", printer.nativeQr());
            }
            devices.put(slot.section(), device);
        }
        String header = "# Written by the kiosk's technician screen on "
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".\n"
                + "# Overrides kiosk.devices.* of kiosk.yml at the next start; the previous version is "
                + backup().getFileName() + ".\n";
        String yaml = blockYaml().dump(Map.of("kiosk", Map.of("devices", devices)));
        replace((header + yaml).getBytes(StandardCharsets.UTF_8));
    }

    private static String canonical(DeviceSlot slot, String spec) throws RefusedSpec {
        if (spec == null) {
            throw new RefusedSpec(slot.key(), "no port chosen");
        }
        try {
            return TransportSpec.parse(spec).describe();
        } catch (InvalidTransportSpecException e) {
            throw new RefusedSpec(slot.key(), e.getMessage());
        }
    }

    /** A new dumper each time: SnakeYAML's {@code Yaml} is not thread-safe. */
    private static Yaml blockYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        return new Yaml(options);
    }

    private void replace(byte[] content) throws IOException {
        if (Files.exists(file)) {
            Files.copy(file, backup(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        AtomicFiles.writeOwnerOnly(file, content);
    }
}
