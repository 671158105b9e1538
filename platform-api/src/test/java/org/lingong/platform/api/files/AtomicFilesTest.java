package org.lingong.platform.api.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheWholeContentAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = dir.resolve("sub/key");

        AtomicFiles.writeOwnerOnly(target, bytes("a much longer first content"));
        AtomicFiles.writeOwnerOnly(target, bytes("short"));

        assertThat(Files.readString(target)).isEqualTo("short");
        try (var entries = Files.list(target.getParent())) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("key");
        }
    }

    @Test
    void writtenFilesAreOwnerOnlyEvenWhenTheOldOneWasNot() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path target = dir.resolve("settings");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(AtomicFiles.isOwnerOnly(target)).isFalse();

        AtomicFiles.writeOwnerOnly(target, bytes("new"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(AtomicFiles.OWNER_ONLY);
        assertThat(AtomicFiles.isOwnerOnly(target)).isTrue();
    }

    @Test
    void createKeepsAnExistingFile() throws IOException {
        Path target = dir.resolve("secret");

        assertThat(AtomicFiles.createOwnerOnly(target, bytes("first"))).isTrue();
        assertThat(AtomicFiles.createOwnerOnly(target, bytes("second"))).isFalse();

        assertThat(Files.readString(target)).isEqualTo("first");
        assertThat(AtomicFiles.isOwnerOnly(target)).isTrue();
    }

    @Test
    void ofManyCreatingAtOnceExactlyOneWinsAndEveryoneSeesItsContent() throws Exception {
        Path target = dir.resolve("raced");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = IntStream.range(0, 16)
                    .<Callable<Boolean>>mapToObj(i -> () -> AtomicFiles.createOwnerOnly(target, bytes("racer " + i)))
                    .toList();
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(racers)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(Files.readString(target)).startsWith("racer ");
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
