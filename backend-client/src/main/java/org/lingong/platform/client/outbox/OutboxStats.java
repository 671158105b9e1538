package org.lingong.platform.client.outbox;

import java.time.Duration;

/**
 * What the heartbeat reports about the outbox.
 *
 * @param depth     events waiting for delivery (not parked)
 * @param oldestAge how long the oldest waiting event has waited; zero if none
 * @param parked    events the platform refused, waiting for staff
 */
public record OutboxStats(int depth, Duration oldestAge, int parked) {
}
