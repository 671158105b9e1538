package org.lingong.kiosk.staff;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: what the staff screen shows of the platform side (terminal id, outbox, catalog) and the one action on it.
 * Implemented over the backend client ({@link BackendPlatformFacts}); {@link #NONE} when the platform is switched
 * off. Blocking (SQLite): call through the task executor.
 */
public interface PlatformFacts {

    /**
     * @param terminalId       the platform's id for this kiosk, empty before enrollment
     * @param pending          events waiting for delivery (not parked)
     * @param parked           events the platform refused for good, waiting for staff
     * @param catalogRefreshed when the job catalog last completed a refresh, if ever
     */
    record Snapshot(Optional<String> terminalId, int pending, int parked, Optional<Instant> catalogRefreshed) {
    }

    Snapshot snapshot() throws Exception;

    /** Puts every parked event back in the queue; returns how many. */
    int retryParked() throws Exception;

    PlatformFacts NONE = new PlatformFacts() {
        @Override
        public Snapshot snapshot() {
            return new Snapshot(Optional.empty(), 0, 0, Optional.empty());
        }

        @Override
        public int retryParked() {
            return 0;
        }
    };
}
