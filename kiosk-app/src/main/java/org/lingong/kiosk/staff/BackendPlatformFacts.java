package org.lingong.kiosk.staff;

import java.time.Duration;
import java.util.Optional;

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
    public int retryParked() {
        int count = backend.retryAllParked();
        return count;
    }
}
