package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.BothDatabases.assumeAvailable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.server.testing.BothDatabases;
import org.lingong.platform.server.testing.TestDatabase;

/** Replay protection shared through the database, on H2 and PostgreSQL. */
class NonceStoreTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases();

    static Stream<TestDatabase> databases() {
        return DATABASES.databases();
    }

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNonceIsAcceptedOncePerTerminal(TestDatabase db) {
        assumeAvailable(db);
        NonceStore nonces = new NonceStore(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(nonces.firstUse("T1", "nonce-aaaaaaaaaaaaaaaa", T0.plusSeconds(300))).isTrue();
        assertThat(nonces.firstUse("T1", "nonce-aaaaaaaaaaaaaaaa", T0.plusSeconds(300))).isFalse();
        assertThat(nonces.firstUse("T2", "nonce-aaaaaaaaaaaaaaaa", T0.plusSeconds(300))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoInstancesSharingTheDatabaseRefuseEachOthersNonces(TestDatabase db) {
        assumeAvailable(db);
        NonceStore first = new NonceStore(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        NonceStore second = new NonceStore(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(first.firstUse("T3", "shared-nonce-0000000", T0.plusSeconds(300))).isTrue();
        assertThat(second.firstUse("T3", "shared-nonce-0000000", T0.plusSeconds(300))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void purgeForgetsOnlyNoncesPastTheirWindow(TestDatabase db) {
        assumeAvailable(db);
        NonceStore writer = new NonceStore(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        writer.firstUse("T4", "old-nonce-0000000000", T0.plusSeconds(10));
        writer.firstUse("T4", "new-nonce-0000000000", T0.plusSeconds(600));

        new NonceStore(db.jdbc(), Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).purgeExpired();

        assertThat(writer.firstUse("T4", "old-nonce-0000000000", T0.plusSeconds(300))).isTrue();
        assertThat(writer.firstUse("T4", "new-nonce-0000000000", T0.plusSeconds(600))).isFalse();
    }
}
