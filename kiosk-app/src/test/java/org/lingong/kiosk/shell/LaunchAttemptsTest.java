package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first frame clears the launcher's count of failed starts (the launcher's rollback depends on it). */
class LaunchAttemptsTest {

    @TempDir
    Path dir;

    @Test
    void theFirstFrameDeletesTheCount() throws Exception {
        Path attempts = Files.writeString(dir.resolve("attempts"), "0.2.0 2\n");
        LaunchAttempts.firstFrameShown(Map.of(LaunchAttempts.VARIABLE, attempts.toString()));
        assertThat(attempts).doesNotExist();
    }

    @Test
    void withoutTheLauncherNothingHappensAndNothingFails() {
        LaunchAttempts.firstFrameShown(Map.of());
        LaunchAttempts.firstFrameShown(Map.of(LaunchAttempts.VARIABLE, dir.resolve("missing").toString()));
        assertThat(dir).isEmptyDirectory();
    }
}
