package org.lingong.kiosk.inclusion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline synthesis with the {@code espeak-ng} program (Debian package {@code espeak-ng}). Mandarin needs the voice
 * {@value #MANDARIN}: {@code -v cmn} reads tone digits in English. Each (voice, text) is synthesised once into
 * {@code cacheDir} under a SHA-256 name; a short prompt takes about 40 ms. Thread-safe.
 */
public final class EspeakSynthesiser implements SpeechSynthesiser {

    public static final String MANDARIN = "cmn-latn-pinyin";
    public static final String ENGLISH = "en";
    private static final Logger log = LoggerFactory.getLogger(EspeakSynthesiser.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final String program;
    private final Path cacheDir;

    public EspeakSynthesiser(String program, Path cacheDir) {
        this.program = program;
        this.cacheDir = cacheDir;
    }

    @Override
    public Availability availability() {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? Availability.OK
                    : new Availability(false, "inclusion.voice.noSynthesiser");
        } catch (IOException e) {
            log.info("No speech synthesiser: {} cannot run ({})", program, e.getMessage());
            return new Availability(false, "inclusion.voice.noSynthesiser");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(false, "inclusion.voice.noSynthesiser");
        }
    }

    @Override
    public Path speak(String text, String voice) throws IOException {
        Path target = cacheDir.resolve(voice + "-" + sha256(voice + "\n" + text) + ".wav");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(cacheDir);
        Path partial = Files.createTempFile(cacheDir, "speech", ".part");
        try {
            run(List.of(program, "-v", voice, "-w", partial.toString(), text));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("espeak-ng failed (" + process.exitValue() + "): " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while synthesising", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
