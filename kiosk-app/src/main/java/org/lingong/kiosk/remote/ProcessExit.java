package org.lingong.kiosk.remote;

import org.lingong.kiosk.shell.ProcessEnd;
import org.lingong.platform.api.remote.RemoteProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real restart: closes the kiosk and exits with {@link RemoteProtocol#RESTART_EXIT_CODE} ({@link ProcessEnd}). */
final class ProcessExit implements KioskExit {

    private static final Logger log = LoggerFactory.getLogger(ProcessExit.class);

    @Override
    public void restart() {
        log.info("Restart requested by the platform: exiting with {}", RemoteProtocol.RESTART_EXIT_CODE);
        ProcessEnd.afterJavaFx("remote-restart", RemoteProtocol.RESTART_EXIT_CODE);
    }
}
