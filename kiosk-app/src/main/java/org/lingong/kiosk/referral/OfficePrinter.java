package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lingong.platform.api.files.AtomicFiles;

/**
 * An office A4 printer through CUPS: {@code lp -d PRINTER -t TITLE -- FILE} prints a PDF, {@code lpstat -e} names the
 * printers CUPS knows. The PDF goes through an owner-only temporary file that is deleted when {@code lp} has taken it.
 * Blocking (a process, at most {@link #PATIENCE}); never on the JavaFX thread.
 */
public final class OfficePrinter {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** What CUPS accepts as a destination name. */
    public static final String NAME = "[A-Za-z0-9_.@-]{1,127}";

    private final String lp;
    private final String lpstat;

    public OfficePrinter() {
        this("lp", "lpstat");
    }

    /** With other commands in place of {@code lp} and {@code lpstat} (tests, or a full path). */
    public OfficePrinter(String lp, String lpstat) {
        this.lp = lp;
        this.lpstat = lpstat;
    }

    /** Thrown when CUPS refused or could not be run; the message says why in CUPS's own words. */
    public static final class OfficePrintException extends Exception {
        OfficePrintException(String message) {
            super(message);
        }
    }

    /** The printers CUPS knows, in its order. */
    public List<String> printers() throws OfficePrintException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String line : run(List.of(lpstat, "-e")).split("\n")) {
            if (line.strip().matches(NAME)) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** Sends the PDF to {@code printer}; returns when CUPS accepted the job. */
    public void print(byte[] pdf, String printer, String title) throws OfficePrintException, InterruptedException {
        if (!printer.matches(NAME)) {
            throw new OfficePrintException("not a CUPS printer name: " + printer);
        }
        Path file = null;
        try {
            file = Files.createTempFile("lingong-slip-", ".pdf");
            AtomicFiles.writeOwnerOnly(file, pdf);
            run(List.of(lp, "-d", printer, "-t", title, "--", file.toString()));
        } catch (IOException e) {
            throw new OfficePrintException("the PDF could not be handed to CUPS: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of masked data; the OS cleans the temp directory
                }
            }
        }
    }

    private static String run(List<String> command) throws OfficePrintException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new OfficePrintException(command.get(0) + " could not be started (is CUPS installed?)");
        }
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new OfficePrintException(command.get(0) + " did not answer within " + PATIENCE.toSeconds() + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                String first = output.strip().lines().findFirst().orElse("exit " + process.exitValue());
                throw new OfficePrintException(first);
            }
            return output;
        } catch (IOException e) {
            throw new OfficePrintException(command.get(0) + " output could not be read");
        }
    }
}
