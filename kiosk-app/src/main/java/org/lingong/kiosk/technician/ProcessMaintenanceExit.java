package org.lingong.kiosk.technician;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.lingong.kiosk.shell.ProcessEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real maintenance exit: writes the marker file the launcher names in {@code LINGONG_ADMIN_EXIT} (the session
 * script sees it after the kiosk ended and stops the unit instead of letting it restart), then ends the kiosk with 0
 * ({@link ProcessEnd}).
 * Without the variable (a kiosk started by hand) the kiosk just exits.
 */
final class ProcessMaintenanceExit implements MaintenanceExit {

    static final String VARIABLE = "LINGONG_ADMIN_EXIT";
    private static final Logger log = LoggerFactory.getLogger(ProcessMaintenanceExit.class);

    @Override
    public void exitToMaintenance() {
        markRequested(System.getenv());
        log.info("Technician's exit to maintenance: the kiosk closes");
        ProcessEnd.afterJavaFx("maintenance-exit", 0);
    }

    /** Writes the marker named in {@code environment}; false when there is none or it cannot be written. */
    static boolean markRequested(Map<String, String> environment) {
        String file = environment.get(VARIABLE);
        if (file == null || file.isBlank()) {
            log.info("No {} from a launcher: the kiosk exits and nothing holds the session", VARIABLE);
            return false;
        }
        try {
            Files.writeString(Path.of(file), "technician\n");
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot write the maintenance marker {} (the service will restart the kiosk): {}", file,
                    e.toString());
            return false;
        }
    }
}
