package org.lingong.platform.server.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Lets guesses through one token bucket per client (and optionally one shared by all clients and a bound on
 * concurrent checks). A try takes its tokens before the secret is checked, so a flood of concurrent tries cannot
 * overtake the count; a try that succeeds gives them back ({@link Ticket#finish(boolean)}), so only failures
 * count. Thread-safe.
 */
public final class GuessGate {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final Cache<String, Bucket> clients;
    private final ThrottleProperties.Limit perClient;
    private final @Nullable Bucket allClients;
    private final @Nullable Semaphore concurrent;

    public GuessGate(ThrottleProperties.Limit perClient, ThrottleProperties.@Nullable Limit allClients,
                     int maxConcurrent) {
        this.perClient = perClient;
        this.allClients = allClients == null ? null : bucket(allClients);
        this.concurrent = maxConcurrent > 0 ? new Semaphore(maxConcurrent) : null;
        // a client's bucket is full again after burst × refillEvery; forgetting it later changes nothing
        this.clients = Caffeine.newBuilder().maximumSize(MAX_TRACKED_CLIENTS)
                .expireAfterAccess(perClient.refillEvery().multipliedBy(perClient.burst())).build();
    }

    /** Takes a try for {@code client}: admitted, or refused with the time to wait. */
    public Ticket admit(String client) {
        Bucket own = clients.get(client, key -> bucket(perClient));
        ConsumptionProbe probe = own.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return Ticket.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()), "too many failed attempts from this client");
        }
        if (allClients != null) {
            ConsumptionProbe shared = allClients.tryConsumeAndReturnRemaining(1);
            if (!shared.isConsumed()) {
                own.addTokens(1);
                return Ticket.refused(Duration.ofNanos(shared.getNanosToWaitForRefill()), "too many failed attempts overall");
            }
        }
        if (concurrent != null && !concurrent.tryAcquire()) {
            own.addTokens(1);
            if (allClients != null) {
                allClients.addTokens(1);
            }
            return Ticket.refused(Duration.ofSeconds(1), "too many checks at once");
        }
        return new Ticket(true, Duration.ZERO, "", succeeded -> {
            if (concurrent != null) {
                concurrent.release();
            }
            if (succeeded) {
                own.addTokens(1);
                if (allClients != null) {
                    allClients.addTokens(1);
                }
            }
        });
    }

    private static Bucket bucket(ThrottleProperties.Limit limit) {
        return Bucket.builder().addLimit(l -> l.capacity(limit.burst()).refillGreedy(1, limit.refillEvery())).build();
    }

    /** The answer to one try; an admitted ticket must be finished exactly once. */
    public static final class Ticket {

        private final boolean admitted;
        private final Duration retryAfter;
        private final String reason;
        private final Finish finish;

        private Ticket(boolean admitted, Duration retryAfter, String reason, Finish finish) {
            this.admitted = admitted;
            this.retryAfter = retryAfter;
            this.reason = reason;
            this.finish = finish;
        }

        static Ticket refused(Duration retryAfter, String reason) {
            return new Ticket(false, retryAfter, reason, succeeded -> { });
        }

        public boolean admitted() {
            return admitted;
        }

        /** How long until a refused client may try again (whole seconds, at least 1). */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        public String reason() {
            return reason;
        }

        /** Ends an admitted try: a success returns its tokens. */
        public void finish(boolean succeeded) {
            finish.finish(succeeded);
        }

        private interface Finish {
            void finish(boolean succeeded);
        }
    }
}
