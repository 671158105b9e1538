package org.lingong.platform.client.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut during a configuration write: a child JVM rewrites the remote state in a loop and is killed with SIGKILL
 * at a random moment, three times over the same file. Each time the file must read as exactly the last state written
 * or the one being written, whole (every part of it tells the same version), and never be set aside as damaged.
 */
class RemoteStateKillTest {

    static final int ROUNDS = 3;

    @TempDir
    Path dataDir;

    @Test
    void aWriterKilledMidWriteLeavesTheOldStateOrTheNewNeverHalf() throws Exception {
        RemoteStateStore store = new RemoteStateStore(dataDir);
        long next = 1;
        for (int round = 0; round < ROUNDS; round++) {
            Path progress = dataDir.resolve("progress-" + round + ".log");
            Process writer = writer(next, progress);
            awaitSaves(writer, progress, 3 + ThreadLocalRandom.current().nextInt(10));
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            long lastSaved = lastSaved(progress);

            RemoteState survived = store.load();
            long version = survived.configVersion();
            assertThat(version).as("round %d: the last saved state or the one being written", round)
                    .isBetween(lastSaved, lastSaved + 1);
            assertThat(survived).as("whole, not a mix").isEqualTo(RemoteStateWriteProcess.state(version));
            assertThat(dataDir.resolve(RemoteStateStore.FILE + ".damaged")).doesNotExist();
            next = version + 1;
        }
    }

    private Process writer(long from, Path progress) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", writerClassPath(),
                RemoteStateWriteProcess.class.getName(), dataDir.toString(), Long.toString(from));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(progress.toFile());
        return builder.start();
    }

    /** Only what the writer needs (the test class path holds the whole platform): a faster start. */
    private static String writerClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("jackson") || entry.contains("slf4j") || entry.contains("logback")
                        || entry.contains("platform-api") || entry.contains("backend-client"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Waits until the writer has reported {@code count} saves (each write is forced to disk, so a few per 100 ms). */
    private static void awaitSaves(Process writer, Path progress, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (saves(progress).size() < count) {
            assertThat(writer.isAlive()).as("writer still running").isTrue();
            assertThat(System.nanoTime()).as("writer progressing").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** The last version the killed writer reported saved. */
    private static long lastSaved(Path progress) throws Exception {
        List<String> saves = saves(progress);
        return Long.parseLong(saves.get(saves.size() - 1).substring("saved ".length()));
    }

    private static List<String> saves(Path progress) throws Exception {
        String text = Files.readString(progress, StandardCharsets.UTF_8);
        String whole = text.substring(0, text.lastIndexOf('\n') + 1); // a line cut by the kill is not a report
        return whole.lines().filter(line -> line.matches("saved \\d+")).toList();
    }
}
