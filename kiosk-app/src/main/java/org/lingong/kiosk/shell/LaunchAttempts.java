package org.lingong.kiosk.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed kiosk's count of starts that did not reach a first frame. The launcher ({@code lingong-kiosk run},
 * package lingong-kiosk) counts every start in the file named by {@code LINGONG_LAUNCH_ATTEMPTS} and falls back to
 * the previous version after three in a row; the first presented frame proves this start good and deletes the file.
 */
public final class LaunchAttempts {

    static final String VARIABLE = "LINGONG_LAUNCH_ATTEMPTS";
    private static final Logger log = LoggerFactory.getLogger(LaunchAttempts.class);

    private LaunchAttempts() {
    }

    /** Clears the count named in {@code environment}, if any. Never throws: the kiosk runs on either way. */
    public static void firstFrameShown(Map<String, String> environment) {
        String file = environment.get(VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot clear the launch attempts in {}: {}", file, e.toString());
        }
    }
}
