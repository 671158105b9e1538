package org.lingong.platform.client.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far the platform's clock is from this kiosk's, from the {@code Date} header of the platform's answers: the
 * platform's time minus the kiosk's time at the middle of the call (positive: the kiosk is behind). The header has
 * whole seconds, so the figure is good to about a second plus half the round trip, plenty for a clock that is minutes
 * off (the platform refuses signed requests whose time is more than 5 minutes from its own). Thread-safe.
 */
public final class ClockSkew {

    private volatile Optional<Duration> latest = Optional.empty();

    /** The last measured skew; empty until the platform answered with a {@code Date} header. */
    public Optional<Duration> latest() {
        return latest;
    }

    void record(Instant platformTime, Instant sentAt, Instant receivedAt) {
        Instant middle = sentAt.plus(Duration.between(sentAt, receivedAt).dividedBy(2));
        latest = Optional.of(Duration.between(middle, platformTime));
    }
}
