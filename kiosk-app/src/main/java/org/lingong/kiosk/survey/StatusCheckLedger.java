package org.lingong.kiosk.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

import org.lingong.platform.api.files.AtomicFiles;

/**
 * When each worker was last asked the employment-status check at this kiosk: a small owner-only file of opaque
 * worker references and days (no personal data), rewritten atomically. An unreadable line counts as never asked.
 * Blocking (disk) and synchronized: call through the task executor.
 */
public final class StatusCheckLedger {

    private final Path file;

    public StatusCheckLedger(Path file) {
        this.file = file;
    }

    public synchronized Optional<LocalDate> lastAsked(String workerRef) throws IOException {
        String day = read().getProperty(workerRef);
        try {
            return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public synchronized void asked(String workerRef, LocalDate day) throws IOException {
        Properties days = read();
        days.setProperty(workerRef, day.toString());
        StringWriter text = new StringWriter();
        days.store(text, "employment-status check: worker reference = day last asked");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeOwnerOnly(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Properties read() throws IOException {
        Properties days = new Properties();
        if (Files.exists(file)) {
            try {
                days.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException(file + " is not a properties file: " + e.getMessage()));
            }
        }
        return days;
    }
}
