package org.lingong.platform.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.client.http.HttpSettings;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.testing.MutableClock;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;

/** Delta sync of the job catalog from the real platform, and search while offline. */
class JobCatalogSyncTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path kioskDir;
    TestKiosk kiosk;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void enroll() {
        kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, kioskDir);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    JobCatalog openCatalog() {
        return JobCatalog.open(kioskDir, kiosk.client().api(), clock, 3);
    }

    @Test
    void pullsTheRegionsJobsPageByPageThenOnlyChangesAndTombstones() {
        Job cleaner = platform.createJob(TestJobs.draft("同步测试保洁员", "保洁", "150102"));
        Job labourer = platform.createJob(TestJobs.draft("同步测试建筑小工", "建筑小工", "150105"));
        Job elsewhere = platform.createJob(TestJobs.draft("同步测试包头保洁", "保洁", "150203"));
        for (int i = 0; i < 5; i++) {
            platform.createJob(TestJobs.draft("同步测试搬运工" + i, "搬运", "150102"));
        }
        try (JobCatalog catalog = openCatalog()) {
            RefreshResult first = catalog.refresh();
            assertThat(first.outcome()).isEqualTo(RefreshResult.Outcome.COMPLETE);
            assertThat(catalog.job(cleaner.id())).isPresent();
            assertThat(catalog.job(elsewhere.id())).isEmpty();
            String cursorAfterFirst = catalog.cursor();

            platform.replaceJob(cleaner.id(), TestJobs.draft("同步测试商场保洁", "保洁", "150102"));
            platform.withdrawJob(labourer.id());
            RefreshResult second = catalog.refresh();

            assertThat(second.changed()).isEqualTo(1);
            assertThat(second.removed()).isEqualTo(1);
            assertThat(catalog.cursor()).isNotEqualTo(cursorAfterFirst);
            assertThat(catalog.job(cleaner.id())).get().extracting(Job::title).isEqualTo("同步测试商场保洁");
            assertThat(catalog.job(labourer.id())).isEmpty();
            assertThat(catalog.search(JobQuery.all().withText("scbj")).jobs()).extracting(Job::id).containsExactly(cleaner.id());
        }
    }

    @Test
    void keepsTheCatalogAndItsCursorOnDiskAcrossRestarts() {
        Job job = platform.createJob(TestJobs.draft("重启测试保洁", "保洁", "150102"));
        String cursor;
        try (JobCatalog catalog = openCatalog()) {
            catalog.refresh();
            cursor = catalog.cursor();
        }
        try (JobCatalog reopened = openCatalog()) {
            assertThat(reopened.cursor()).isEqualTo(cursor);
            assertThat(reopened.search(JobQuery.all().withText("cqcsbj")).jobs()).extracting(Job::id).containsExactly(job.id());
            assertThat(reopened.lastRefresh()).contains(clock.instant());
        }
    }

    @Test
    void aMongolianTitleIsKeptOnDiskAndAJobWithoutOneStaysWithout() {
        JobDraft plain = TestJobs.draft("蒙古文测试保洁", "保洁", "150102");
        Job mongolian = platform.createJob(new JobDraft(plain.title(), plain.category(), plain.employer(),
                plain.contactName(), plain.contactPhone(), plain.districtCode(), plain.districtName(), plain.address(),
                plain.payAmount(), plain.payUnit(), plain.headcount(), plain.startDate(), plain.endDate(),
                plain.workHours(), plain.requirements(), plain.mealsProvided(), plain.lodgingProvided(), plain.status(),
                "ᠠᠷᠢᠭᠤᠳᠬᠠᠯᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ"));
        Job chineseOnly = platform.createJob(TestJobs.draft("只有中文测试", "保洁", "150102"));
        try (JobCatalog catalog = openCatalog()) {
            catalog.refresh();
        }
        try (JobCatalog reopened = openCatalog()) {
            assertThat(reopened.job(mongolian.id())).get().extracting(Job::mongolianTitle)
                    .isEqualTo("ᠠᠷᠢᠭᠤᠳᠬᠠᠯᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ");
            assertThat(reopened.job(chineseOnly.id())).get().extracting(Job::mongolianTitle).isNull();
        }
    }

    @Test
    void searchesOfflineAndKeepsTheLastRefreshTimeWhenThePlatformIsUnreachable() {
        platform.createJob(TestJobs.draft("离线测试建筑小工", "建筑小工", "150102"));
        Instant refreshedAt = clock.instant();
        try (JobCatalog catalog = openCatalog()) {
            catalog.refresh();
        }
        clock.advance(Duration.ofHours(3));
        try (PlatformClient offline = PlatformClient.create("http://127.0.0.1:9/", HttpSettings.defaults().withAttempts(1, Duration.ofMillis(1)))) {
            offline.useSigner(kiosk.terminalId(), kiosk.identity().signer(clock));
            try (JobCatalog catalog = JobCatalog.open(kioskDir, offline.api(), clock)) {
                RefreshResult result = catalog.refresh();

                assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.UNAVAILABLE);
                assertThat(catalog.lastRefresh()).contains(refreshedAt);
                assertThat(catalog.search(JobQuery.all().withText("lxcsjzxg")).total()).isEqualTo(1);
            }
        }
    }

    @Test
    void reportsARefusalWhenTheTerminalIsRevoked() {
        platform.revoke(kiosk.terminalId());
        try (JobCatalog catalog = openCatalog()) {
            RefreshResult result = catalog.refresh();

            assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.REJECTED);
            assertThat(result.detail()).startsWith("revoked-terminal");
            assertThat(catalog.lastRefresh()).isEmpty();
        }
    }
}
