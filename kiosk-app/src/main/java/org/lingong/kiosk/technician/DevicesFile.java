package org.lingong.kiosk.technician;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.transport.spec.InvalidTransportSpecException;
import org.lingong.devices.transport.spec.TransportSpec;

/**
 * The device override file the technician screen writes ({@code config/kiosk-devices.yml}: {@code kiosk.devices.*}
 * only; {@code config/kiosk.yml} imports it optionally, so it wins at the next start). Every spec is checked first:
 * a bad one is refused with its key and nothing is written. Then the new file goes to a temporary file in the same
 * folder, is forced to disk, the current file (if any) is copied to {@code .bak}, and the temporary file is moved over
 * the current one atomically: a power cut leaves the old or the new file, never half of one. Blocking (disk).
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
        StringBuilder yaml = new StringBuilder()
                .append("# Written by the kiosk's technician screen on ").append(STAMP.format(clock.instant()
                        .atZone(clock.getZone()))).append(".\n")
                .append("# Overrides kiosk.devices.* of kiosk.yml at the next start; the previous version is ")
                .append(backup().getFileName()).append(".\n")
                .append("kiosk:\n  devices:\n");
        for (DeviceSlot slot : DeviceSlot.values()) {
            String spec = ports.get(slot);
            if (spec == null) {
                throw new RefusedSpec(slot.key(), "no port chosen");
            }
            String canonical;
            try {
                canonical = TransportSpec.parse(spec).describe();
            } catch (InvalidTransportSpecException e) {
                throw new RefusedSpec(slot.key(), e.getMessage());
            }
            yaml.append("    ").append(slot.section()).append(":\n      port: \"")
                    .append(canonical.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
            if (slot == DeviceSlot.PRINTER && printer != null) {
                yaml.append("      paper-width: ").append(printer.paperWidth()).append('\n')
                        .append("      native-qr: ").append(printer.nativeQr()).append('\n');
            }
        }
        replace(yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void replace(byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(file)) {
                Files.copy(file, backup(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename itself durable (Linux: fsync of the directory); ignored where folders cannot be opened. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this file system: the rename is still atomic
        }
    }
}
