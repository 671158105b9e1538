package org.lingong.kiosk.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker the installed session script reads to stop the unit instead of restarting the kiosk. */
class ProcessMaintenanceExitTest {

    @TempDir
    Path folder;

    @Test
    void writesTheMarkerTheLauncherNames() {
        Path marker = folder.resolve("admin-exit");

        assertThat(ProcessMaintenanceExit.markRequested(Map.of("LINGONG_ADMIN_EXIT", marker.toString()))).isTrue();

        assertThat(marker).exists();
    }

    @Test
    void withoutALauncherOrAWritableFolderNoMarkerIsWrittenAndNothingThrows() {
        assertThat(ProcessMaintenanceExit.markRequested(Map.of())).isFalse();
        Path missingFolder = folder.resolve("no-such-folder/admin-exit");

        assertThat(ProcessMaintenanceExit.markRequested(Map.of("LINGONG_ADMIN_EXIT", missingFolder.toString())))
                .isFalse();
        assertThat(Files.exists(missingFolder)).isFalse();
    }
}
