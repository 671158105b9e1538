package org.lingong.platform.server.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.testing.TestDatabase;

/**
 * The per-instance terminal cache over a real (H2) database: a revocation written by another instance shows once
 * the cache time has passed on the platform's clock, and at once after an eviction.
 */
class TerminalDirectoryTest {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Station STATION = new Station("NM-150102-T01", "新城区测试零工驿站", "1501", "150102", "新城区测试路1号");

    private final TestDatabase db = TestDatabase.h2();
    private final TerminalRepository repository = new TerminalRepository(db.jdbc());
    /** The platform's clock, moved forward by the test. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T02:00:00Z"));
    private final TerminalDirectory directory = new TerminalDirectory(repository, now::get, new PlatformProperties(
            new PlatformProperties.Signing(Duration.ofMinutes(5), TTL, Duration.ofMinutes(1)), null, null, null, null));

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void aRevocationByAnotherInstanceShowsWhenTheCacheTimeHasPassed() {
        enroll("T-CACHE-1");
        assertThat(directory.find("T-CACHE-1")).hasValueSatisfying(t -> assertThat(t.isRevoked()).isFalse());

        repository.revoke("T-CACHE-1", now.get());
        step(TTL.minusSeconds(1));
        assertThat(directory.find("T-CACHE-1")).as("still the cached entry").hasValueSatisfying(
                t -> assertThat(t.isRevoked()).isFalse());

        step(Duration.ofSeconds(1));
        assertThat(directory.find("T-CACHE-1")).hasValueSatisfying(t -> assertThat(t.isRevoked()).isTrue());
    }

    @Test
    void anEvictedTerminalIsReadAgainAtOnce() {
        enroll("T-CACHE-2");
        directory.find("T-CACHE-2");
        repository.revoke("T-CACHE-2", now.get());

        directory.evict("T-CACHE-2");

        assertThat(directory.find("T-CACHE-2")).hasValueSatisfying(t -> assertThat(t.isRevoked()).isTrue());
    }

    @Test
    void anUnknownTerminalIsRememberedAsUnknownForTheCacheTime() {
        assertThat(directory.find("T-CACHE-3")).isEmpty();
        enroll("T-CACHE-3");
        assertThat(directory.find("T-CACHE-3")).isEmpty();

        step(TTL);

        assertThat(directory.find("T-CACHE-3")).isPresent();
    }

    private void step(Duration duration) {
        now.set(now.get().plus(duration));
    }

    private void enroll(String id) {
        new StationRepository(db.jdbc()).save(STATION);
        repository.insert(id, STATION.code(), Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()), "1.0.0",
                now.get());
    }
}
