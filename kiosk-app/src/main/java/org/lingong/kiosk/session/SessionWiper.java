package org.lingong.kiosk.session;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends a session: every {@link SessionScoped} state holder forgets it. JavaFX thread only. */
public final class SessionWiper {

    private static final Logger log = LoggerFactory.getLogger(SessionWiper.class);

    private final List<SessionScoped> scoped;

    public SessionWiper(List<SessionScoped> scoped) {
        this.scoped = List.copyOf(scoped);
    }

    public void wipe() {
        scoped.forEach(SessionScoped::clearSession);
        log.info("Session wiped ({} state holders cleared)", scoped.size());
    }
}
