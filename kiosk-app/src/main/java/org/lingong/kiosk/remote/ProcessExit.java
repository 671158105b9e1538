package org.lingong.kiosk.remote;

import javafx.application.Platform;

import org.lingong.platform.api.remote.RemoteProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real restart: asks JavaFX to exit (the application's {@code stop()} closes the Spring context: devices closed,
 * outbox flushed to disk) and then ends the JVM with {@link RemoteProtocol#RESTART_EXIT_CODE}, on its own thread.
 */
final class ProcessExit implements KioskExit {

    private static final Logger log = LoggerFactory.getLogger(ProcessExit.class);

    @Override
    public void restart() {
        Thread exit = new Thread(() -> {
            log.info("Restart requested by the platform: exiting with {}", RemoteProtocol.RESTART_EXIT_CODE);
            try {
                Platform.exit();
            } catch (IllegalStateException e) {
                log.debug("JavaFX not running: {}", e.toString());
            }
            System.exit(RemoteProtocol.RESTART_EXIT_CODE);
        }, "remote-restart");
        exit.start();
    }
}
