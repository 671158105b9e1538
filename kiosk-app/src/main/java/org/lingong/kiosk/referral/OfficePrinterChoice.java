package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lingong.platform.api.files.AtomicFiles;

/**
 * The office A4 printer the technician chose (a CUPS name), kept in {@code a4-printer.txt} in the kiosk's data
 * directory, written atomically. Thread-safe; blocking (disk).
 */
public final class OfficePrinterChoice {

    public static final String FILE = "a4-printer.txt";

    private final Path file;

    public OfficePrinterChoice(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    public synchronized Optional<String> get() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = Files.readString(file, StandardCharsets.UTF_8).strip();
        return name.matches(OfficePrinter.NAME) ? Optional.of(name) : Optional.empty();
    }

    public synchronized void set(String printer) throws IOException {
        if (!printer.matches(OfficePrinter.NAME)) {
            throw new IllegalArgumentException("not a CUPS printer name: " + printer);
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.writeOwnerOnly(file, (printer + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
