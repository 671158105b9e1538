package org.lingong.platform.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.server.PlatformServerApplication;

/**
 * The real platform in a child JVM (same classpath as the tests), started in a working directory of the test's
 * choice, so that {@code ./data} of the shipped configuration lands there. {@link #killHard()} is SIGKILL: no
 * shutdown hook, no clean close of the database.
 */
public final class PlatformProcess {

    /** How long a start may take on a loaded machine before the test gives up (not a measured time). */
    private static final long START_LIMIT_MILLIS = 180_000;

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the platform in {@code workDir} with the given arguments and waits until it answers HTTP. */
    public static PlatformProcess start(Path workDir, List<String> arguments) {
        int port = freePort();
        Path log = workDir.resolve("platform-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PlatformServerApplication.class.getName(), "--server.port=" + port));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            PlatformProcess platform = new PlatformProcess(process, port, log);
            platform.awaitReady();
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PlatformClient client(String operatorUser, String operatorPassword) {
        return new PlatformClient(port, operatorUser, operatorPassword);
    }

    /** SIGKILL, then waits for the process to be gone. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        PlatformClient probe = new PlatformClient(port, "-", "-");
        long deadline = System.currentTimeMillis() + START_LIMIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("platform exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (probe.send("GET", "/openapi.yaml", null, java.util.Map.of()).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause();
        }
        killHard();
        throw new IllegalStateException("platform did not start within " + START_LIMIT_MILLIS + " ms:\n" + output());
    }

    private void pause() {
        try {
            process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
