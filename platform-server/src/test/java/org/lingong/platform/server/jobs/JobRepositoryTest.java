package org.lingong.platform.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.BothDatabases.assumeAvailable;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.server.testing.BothDatabases;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.TestDatabase;
import org.springframework.dao.DataAccessException;

/** The job change feed on H2 and on PostgreSQL. */
class JobRepositoryTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases();

    static Stream<TestDatabase> databases() {
        return DATABASES.databases();
    }

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyWriteGetsAHigherChangeNumberAndDeletesStayAsTombstones(TestDatabase db) {
        assumeAvailable(db);
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        long start = jobs.latestChange("1507");

        long first = db.transactions().execute(s -> jobs.insert(Fixtures.job("牧区剪羊毛", "150781"), NOW));
        long second = db.transactions().execute(s -> jobs.insert(Fixtures.job("马铃薯收获", "150784"), NOW));
        db.transactions().execute(s -> jobs.update(first, Fixtures.job("牧区剪羊毛（加人）", "150781"), NOW));
        db.transactions().execute(s -> jobs.delete(second, NOW));

        List<JobRepository.Change> changes = jobs.changesSince(start, "1507", 10);
        assertThat(changes).extracting(JobRepository.Change::jobId).containsExactly(first, second);
        assertThat(changes.get(0).seq()).isLessThan(changes.get(1).seq());
        assertThat(changes.get(0).job().title()).isEqualTo("牧区剪羊毛（加人）");
        assertThat(changes.get(1).deleted()).isTrue();
        assertThat(jobs.find(second)).isEmpty();
        assertThat(jobs.latestChange("1507")).isEqualTo(changes.get(1).seq());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void changesAreScopedByRegionPrefixAndLimitedToOneExtraRow(TestDatabase db) {
        assumeAvailable(db);
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        long start = Math.max(jobs.latestChange("1508"), jobs.latestChange("1509"));
        db.transactions().executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                jobs.insert(Fixtures.job("河套灌区农活" + i, "150821"), NOW);
            }
            jobs.insert(Fixtures.job("乌兰察布搬运", "150902"), NOW);
        });

        assertThat(jobs.changesSince(start, "1508", 3)).hasSize(4);
        assertThat(jobs.changesSince(start, "1508", 10)).hasSize(5)
                .allMatch(c -> c.job().districtCode().startsWith("1508"));
        assertThat(jobs.changesSince(start, "1509", 10)).extracting(c -> c.job().title()).containsExactly("乌兰察布搬运");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aJobMovedToAnotherRegionLeavesATombstoneInTheOldOne(TestDatabase db) {
        assumeAvailable(db);
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        long id = db.transactions().execute(s -> jobs.insert(Fixtures.job("阿拉善盟放牧", "152921"), NOW));
        long oldStart = jobs.latestChange("1529");
        long newStart = jobs.latestChange("1525");

        db.transactions().execute(s -> jobs.update(id, Fixtures.job("锡林郭勒盟放牧", "152502"), NOW));

        List<JobRepository.Change> old = jobs.changesSince(oldStart, "1529", 10);
        List<JobRepository.Change> moved = jobs.changesSince(newStart, "1525", 10);
        assertThat(old).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.jobId()).isEqualTo(id);
        });
        assertThat(moved).singleElement().satisfies(c -> assertThat(c.job().title()).isEqualTo("锡林郭勒盟放牧"));
        assertThat(jobs.latestChange("1529")).isEqualTo(old.get(0).seq());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void batchInsertStampsEachJobWithItsOwnChangeNumber(TestDatabase db) {
        assumeAvailable(db);
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        long start = jobs.latestChange("1510");

        db.transactions().executeWithoutResult(s -> jobs.insertAll(
                List.of(Fixtures.job("批量一", "151002"), Fixtures.job("批量二", "151002")), List.of(NOW, NOW)));

        List<JobRepository.Change> changes = jobs.changesSince(start, "1510", 10);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).seq()).isGreaterThan(changes.get(0).seq());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondJobWriterWaitsUntilTheFirstCommitsSoChangeNumbersCommitInOrder(TestDatabase db) throws Exception {
        assumeAvailable(db);
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        boolean postgres = db.toString().equals("PostgreSQL");
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Long> first = executor.submit(() -> db.transactions().execute(s -> {
                long id = jobs.insert(Fixtures.job("先写入", "151102"), NOW);
                firstHoldsTheLock.countDown();
                await(secondHasTried);
                return id;
            }));
            firstHoldsTheLock.await();

            Throwable refused = catchThrowable(() -> db.transactions().execute(s -> {
                db.jdbc().sql(postgres ? "SET LOCAL lock_timeout = '300ms'" : "SET LOCK_TIMEOUT 300").update();
                return jobs.insert(Fixtures.job("后写入", "151102"), NOW);
            }));
            secondHasTried.countDown();
            long firstId = first.get();

            assertThat(refused).as("second writer must wait for the job change lock").isInstanceOf(DataAccessException.class);
            assertThat(jobs.find(firstId)).isPresent();
            Long afterwards = db.transactions().execute(s -> jobs.insert(Fixtures.job("之后写入", "151102"), NOW));
            assertThat(afterwards).isGreaterThan(firstId);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
