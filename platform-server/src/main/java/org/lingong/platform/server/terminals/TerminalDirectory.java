package org.lingong.platform.server.terminals;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.platform.server.config.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Looks terminals up for the signature check with a short per-instance cache (parsed public keys).
 * Revocation through this instance takes effect at once; through another instance sharing the
 * database within {@code platform.signing.terminal-cache-ttl}. Thread-safe.
 */
@Component
public class TerminalDirectory {

    private record Entry(Optional<Terminal> terminal, Instant loadedAt) {
    }

    private final TerminalRepository repository;
    private final Clock clock;
    private final long ttlMillis;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public TerminalDirectory(TerminalRepository repository, Clock clock, PlatformProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.ttlMillis = properties.signing().terminalCacheTtl().toMillis();
    }

    public Optional<Terminal> find(String id) {
        Instant now = clock.instant();
        Entry entry = cache.get(id);
        if (entry == null || now.toEpochMilli() - entry.loadedAt().toEpochMilli() >= ttlMillis) {
            entry = new Entry(repository.find(id), now);
            if (cache.size() > 100_000) {
                cache.clear();
            }
            cache.put(id, entry);
        }
        return entry.terminal();
    }

    public void evict(String id) {
        cache.remove(id);
    }
}
