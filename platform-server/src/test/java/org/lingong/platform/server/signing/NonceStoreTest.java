package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.BothDatabases.assumeAvailable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.terminals.Terminal;
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

    /**
     * A nonce spent inside another statement (NonceClaim on PostgreSQL, the heartbeat's and the delta sync's one
     * round trip) is refused by any instance, whether it claims in a statement of its own or inside another one; and
     * of many instances claiming one nonce at once, exactly one gets it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void instancesRefuseEachOthersNoncesSpentInsideOtherStatements(TestDatabase db) throws Exception {
        assumeAvailable(db);
        List<NonceStore> instances = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            instances.add(new NonceStore(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC)));
        }
        assertThat(instances.get(0).combinable()).isEqualTo(db.toString().contains("PostgreSQL"));

        assertThat(claimInside(db, instances.get(0), "inside-nonce-0000000")).isTrue();
        assertThat(claimInside(db, instances.get(1), "inside-nonce-0000000")).isFalse();
        assertThat(instances.get(2).firstUse("T5", "inside-nonce-0000000", T0.plusSeconds(300))).isFalse();
        assertThat(instances.get(3).firstUse("T5", "alone-nonce-00000000", T0.plusSeconds(300))).isTrue();
        assertThat(claimInside(db, instances.get(4), "alone-nonce-00000000")).isFalse();

        ExecutorService racers = Executors.newFixedThreadPool(instances.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (NonceStore instance : instances) {
                claims.add(racers.submit(() -> {
                    start.await();
                    return claimInside(db, instance, "raced-nonce-00000000");
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            racers.shutdownNow();
        }
    }

    /** Claims the nonce for terminal T5 as a fast-lane endpoint does: inside its statement where the database can. */
    private static boolean claimInside(TestDatabase db, NonceStore store, String nonce) {
        NonceClaim claim = new NonceClaim(new Terminal("T5", "ST", "1501", Ed25519Keys.generate().getPublic(), null),
                store, nonce, T0.plusSeconds(300));
        try {
            return claim.spendWithin(db.jdbc(), " SELECT EXISTS (SELECT 1 FROM nonce) AS fresh", List.of(),
                    (rs, i) -> true, () -> true);
        } catch (SignatureCheck.SignatureRefusal refusal) {
            assertThat(refusal.problem().reason()).isEqualTo("replayed-nonce");
            return false;
        } finally {
            assertThat(claim.isSpent()).isTrue();
        }
    }
}
