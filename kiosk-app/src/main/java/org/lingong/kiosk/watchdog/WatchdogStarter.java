package org.lingong.kiosk.watchdog;

import java.util.Optional;

/** The watchdog, if systemd asked for one: started with the window, closed with the context. */
final class WatchdogStarter implements AutoCloseable {

    private final Optional<FxWatchdog> watchdog;

    WatchdogStarter(Optional<FxWatchdog> watchdog) {
        this.watchdog = watchdog;
    }

    void start() {
        watchdog.ifPresent(FxWatchdog::start);
    }

    @Override
    public void close() {
        watchdog.ifPresent(FxWatchdog::close);
    }
}
