package org.lingong.kiosk.shell;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the kiosk process on a thread of its own, so that the caller (often the JavaFX thread) returns at once: asks
 * JavaFX to exit (the application's {@code stop()} closes the Spring context: devices closed, outbox on disk), then
 * ends the JVM with the given status, which tells the service manager what to do next.
 */
public final class ProcessEnd {

    private static final Logger log = LoggerFactory.getLogger(ProcessEnd.class);

    private ProcessEnd() {
    }

    public static void afterJavaFx(String threadName, int status) {
        Thread exit = new Thread(() -> {
            try {
                Platform.exit();
            } catch (IllegalStateException e) {
                log.debug("JavaFX not running: {}", e.toString());
            }
            System.exit(status);
        }, threadName);
        exit.start();
    }
}
