package org.lingong.kiosk.staff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.lingong.platform.api.stats.DailyStationStats;
import org.lingong.platform.api.stats.StatsReport;
import org.lingong.platform.client.http.ApiResult;

import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.outbox.OutboxStats;

/** {@link PlatformFacts} over the backend client: its identity, outbox figures and catalog time. */
public final class BackendPlatformFacts implements PlatformFacts {

    private final BackendClient backend;

    public BackendPlatformFacts(BackendClient backend) {
        this.backend = backend;
    }

    @Override
    public Snapshot snapshot() {
        OutboxStats stats = backend.outboxStats();
        return new Snapshot(backend.identity().map(identity -> identity.terminalId()), stats.depth(), stats.parked(),
                backend.catalog().lastRefresh());
    }

    @Override
    public Optional<Duration> clockSkew() {
        return backend.clockSkew();
    }

    @Override
    public Optional<DailyStationStats> stationDay(LocalDate day) {
        if (backend.identity().isEmpty()
                || !(backend.fetchStationStats(day) instanceof ApiResult.Success<StatsReport> success)) {
            return Optional.empty();
        }
        return success.value().days().stream().filter(row -> row.day().equals(day)).findFirst();
    }

    @Override
    public int retryParked() {
        int count = backend.retryAllParked();
        return count;
    }
}
