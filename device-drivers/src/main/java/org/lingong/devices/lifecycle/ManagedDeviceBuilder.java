package org.lingong.devices.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.platform.api.retry.RetryPolicy;

/**
 * Options of a {@link ManagedDevice}: reconnect policy (default {@link #DEFAULT_RECONNECT}), jitter source,
 * link check interval (default 1 s) and the clock that stamps status events.
 */
public final class ManagedDeviceBuilder<S> {

    private final String name;
    private final TransportFactory transports;
    private final SessionFactory<S> sessions;
    /** 500 ms, doubling, capped at 30 s, 20 % jitter. */
    public static final RetryPolicy DEFAULT_RECONNECT =
            new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);

    private RetryPolicy policy = DEFAULT_RECONNECT;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private Duration linkCheckInterval = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    ManagedDeviceBuilder(String name, TransportFactory transports, SessionFactory<S> sessions) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("device name is empty");
        }
        this.name = name;
        this.transports = Objects.requireNonNull(transports, "transports");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    public ManagedDeviceBuilder<S> reconnectPolicy(RetryPolicy reconnectPolicy) {
        this.policy = Objects.requireNonNull(reconnectPolicy);
        return this;
    }

    /** Source of jitter in [0, 1); fixed values make reconnect timing reproducible in tests. */
    public ManagedDeviceBuilder<S> random(DoubleSupplier randomSource) {
        this.random = Objects.requireNonNull(randomSource);
        return this;
    }

    /** How often the owner thread asks the transport {@code isConnected()} (no I/O); default 1 s. */
    public ManagedDeviceBuilder<S> linkCheckInterval(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("link check interval must be positive, was " + interval);
        }
        this.linkCheckInterval = interval;
        return this;
    }

    public ManagedDeviceBuilder<S> clock(Clock eventClock) {
        this.clock = Objects.requireNonNull(eventClock);
        return this;
    }

    public ManagedDevice<S> build() {
        return new ManagedDevice<>(name, new Link<>(transports, sessions), policy, random, linkCheckInterval, clock);
    }
}
