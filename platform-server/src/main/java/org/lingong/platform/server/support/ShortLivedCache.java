package org.lingong.platform.server.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A tiny per-instance cache whose entries live for a fixed number of milliseconds; used for values
 * that every heartbeat asks for and that may be a moment stale (content and job versions).
 * Thread-safe; two threads may both load an expired entry, which is harmless.
 */
public final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ShortLivedCache(long ttlMillis) {
        this.ttlNanos = ttlMillis * 1_000_000;
    }

    public V get(K key, Supplier<V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry == null || now - entry.expiresAtNanos() >= 0) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entry = new Entry<>(loader.get(), now + ttlNanos);
            entries.put(key, entry);
        }
        return entry.value();
    }
}
