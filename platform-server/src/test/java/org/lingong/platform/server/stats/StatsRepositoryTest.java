package org.lingong.platform.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.BothDatabases.assumeAvailable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.stats.DailyStationStats;
import org.lingong.platform.server.jobs.JobRepository;
import org.lingong.platform.server.referrals.ReferralRepository;
import org.lingong.platform.server.referrals.StoredReferral;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.testing.BothDatabases;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.TestDatabase;
import org.lingong.platform.server.workers.WorkerRepository;

/** Referral rows and the statistics computed from them, on H2 and PostgreSQL. */
class StatsRepositoryTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases();

    static Stream<TestDatabase> databases() {
        return DATABASES.databases();
    }

    /** 2026-11-27 23:30 in Beijing (15:30 UTC): counts for the 27th. */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-27T15:30:00Z");
    /** 2026-11-28 00:30 Beijing = 2026-11-27 16:30 UTC: counts for the 28th. */
    private static final Instant AFTER_MIDNIGHT = Instant.parse("2026-11-27T16:30:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void policyFiguresFollowTheHiredWorkersStatusAndBeijingDays(TestDatabase db) {
        assumeAvailable(db);
        new StationRepository(db.jdbc()).save(new Station("ST-TEST", "测试站", "1501", "150102", "测试路"));
        JobRepository jobs = new JobRepository(db.jdbc(), db.template());
        long jobId = db.transactions().execute(s -> jobs.insert(Fixtures.job("统计岗位", "150102"), LATE_EVENING));
        WorkerRepository workers = new WorkerRepository(db.jdbc());
        ReferralRepository referrals = new ReferralRepository(db.jdbc());
        for (EmploymentStatus status : List.of(EmploymentStatus.UNEMPLOYED, EmploymentStatus.HARD_TO_EMPLOY,
                EmploymentStatus.EMPLOYED)) {
            long worker = workers.insert(new WorkerRepository.StoredWorker(UUID.randomUUID().toString(), "c", "c", "某*",
                    null, "", null, null, status), "ST-TEST", LATE_EVENING);
            UUID id = UUID.randomUUID();
            referrals.insert(new StoredReferral(id, "T1", "ST-TEST", worker, jobId, LATE_EVENING,
                    LATE_EVENING.plusSeconds(86_400), ReferralState.ISSUED, null, null), status);
            referrals.checkIn(id, AFTER_MIDNIGHT, "employer");
            referrals.outcome(id, ReferralState.HIRED, AFTER_MIDNIGHT, "employer", null);
        }
        StatsService stats = new StatsService(new StatsRepository(db.jdbc()));

        List<DailyStationStats> days = stats.daily(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28), "ST-TEST").days();

        assertThat(days).hasSize(2);
        DailyStationStats issuedDay = days.get(0);
        DailyStationStats hiredDay = days.get(1);
        assertThat(issuedDay.day()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(issuedDay.referrals()).isEqualTo(3);
        assertThat(issuedDay.urbanNewEmployment()).isZero();
        assertThat(hiredDay.day()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(hiredDay.checkIns()).isEqualTo(3);
        assertThat(hiredDay.urbanNewEmployment()).isEqualTo(3);
        assertThat(hiredDay.unemployedReemployed()).isEqualTo(2);
        assertThat(hiredDay.hardToEmployEmployed()).isEqualTo(1);
        assertThat(referrals.issuedOn(LocalDate.of(2026, 11, 27))).hasSize(3)
                .allMatch(r -> r.state() == ReferralState.HIRED && r.jobTitle().equals("统计岗位"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void workersAreDeduplicatedByTheirHashAndLinkedPerTerminal(TestDatabase db) {
        assumeAvailable(db);
        WorkerRepository workers = new WorkerRepository(db.jdbc());
        WorkerRepository.StoredWorker worker = new WorkerRepository.StoredWorker("hash-dedup", "c1", "n1", "张*",
                null, "保洁", 200, null, EmploymentStatus.UNEMPLOYED);

        long first = workers.insert(worker, "ST-A", LATE_EVENING);
        long again = db.transactions().execute(s -> workers.lockByHash("hash-dedup").orElseThrow().id());
        workers.update(again, new WorkerRepository.StoredWorker("hash-dedup", "c2", "n2", "张*", null, "搬运", 220,
                null, EmploymentStatus.EMPLOYED), "ST-B", AFTER_MIDNIGHT);
        workers.link("T1", "ref-1", first);
        workers.link("T1", "ref-1", again);

        assertThat(again).isEqualTo(first);
        assertThat(workers.employmentStatus(first)).contains(EmploymentStatus.EMPLOYED);
        assertThat(workers.byRef("T1", "ref-1")).contains(first);
        assertThat(workers.byRef("T2", "ref-1")).isEmpty();
        assertThat(workers.idCipher(first)).contains("c2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void dateRangeIsValidated(TestDatabase db) {
        assumeAvailable(db);
        StatsService stats = new StatsService(new StatsRepository(db.jdbc()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stats.daily(LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1), null)).hasMessageContaining("to not before from");
        assertThat(stats.daily(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null).days()).isEmpty();
    }
}
