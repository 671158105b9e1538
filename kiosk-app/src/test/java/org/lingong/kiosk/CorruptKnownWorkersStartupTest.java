package org.lingong.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.recognition.KnownWorkers;

/** A corrupt known-worker store stops the kiosk with one clear line naming the file and what to do. */
class CorruptKnownWorkersStartupTest {

    @TempDir
    Path dataDir;

    @Test
    void theStartupFailureLineNamesTheFileAndTheRemedy() throws Exception {
        Files.write(dataDir.resolve(KnownWorkers.FILE_NAME),
                "garbage, not SQLite".repeat(300).getBytes(StandardCharsets.US_ASCII));
        SpringStartup startup = SpringStartup.start(List.of("--kiosk.station.name=测试驿站",
                "--kiosk.station.code=ST-150102-001", "--kiosk.platform.enabled=false",
                "--kiosk.platform.data-dir=" + dataDir));
        SpringStartup.takeStarted();

        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> startup.context().get(60, TimeUnit.SECONDS));

        assertThat(KioskApp.describe(failure)).contains(KnownWorkers.FILE_NAME, "corrupt or a foreign file",
                "move it away and restart");
    }
}
