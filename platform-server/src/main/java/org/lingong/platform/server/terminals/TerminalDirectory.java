package org.lingong.platform.server.terminals;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.server.config.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Looks terminals up for the signature check with a short per-instance Caffeine cache (parsed public keys), timed
 * by the platform's clock.
 * Revocation through this instance takes effect at once; through another instance sharing the
 * database within {@code platform.signing.terminal-cache-ttl}. Thread-safe.
 */
@Component
public class TerminalDirectory {

    private static final int MAX_TERMINALS = 100_000;

    private final TerminalRepository repository;
    private final Cache<String, Optional<Terminal>> cache;

    public TerminalDirectory(TerminalRepository repository, InstantSource clock, PlatformProperties properties) {
        this.repository = repository;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.signing().terminalCacheTtl())
                .maximumSize(MAX_TERMINALS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    public Optional<Terminal> find(String id) {
        return cache.get(id, repository::find);
    }

    public void evict(String id) {
        cache.invalidate(id);
    }
}
