package org.lingong.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.lingong.platform.api.stats.DailyStationStats;

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

    /**
     * The platform's time minus this kiosk's, from the platform's last answer; empty before any answer (or without
     * the platform).
     */
    Optional<Duration> clockSkew();

    /** Puts every parked event back in the queue; returns how many. */
    int retryParked() throws Exception;

    /**
     * The platform's figures of this station for {@code day} (ratings, calls, status checks, the visit funnel of every
     * kiosk of the station); empty when the platform does not answer or has none. Blocking (network).
     */
    default Optional<DailyStationStats> stationDay(LocalDate day) {
        return Optional.empty();
    }

    PlatformFacts NONE = new PlatformFacts() {
        @Override
        public Snapshot snapshot() {
            return new Snapshot(Optional.empty(), 0, 0, Optional.empty());
        }

        @Override
        public Optional<Duration> clockSkew() {
            return Optional.empty();
        }

        @Override
        public int retryParked() {
            return 0;
        }
    };
}
