package org.lingong.platform.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/** Offline search over an in-memory snapshot. */
class JobIndexTest {

    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    static final Job CLEANER = TestJobs.job(1, "小区保洁员", "保洁", "150102", "180.00", PayUnit.DAY, DEC_1, DEC_1.plusDays(4), JobStatus.OPEN, T0);
    static final Job LABOURER = TestJobs.job(2, "建筑小工（日结）", "建筑小工", "150203", "260.00", PayUnit.DAY, DEC_1.plusDays(2), DEC_1.plusDays(30), JobStatus.OPEN, T0.plusSeconds(60));
    static final Job MOVER = TestJobs.job(3, "搬运工", "搬运", "150102", "30.00", PayUnit.HOUR, DEC_1.plusDays(10), DEC_1.plusDays(10), JobStatus.OPEN, T0.plusSeconds(120));
    static final Job HERDER = TestJobs.job(4, "牧区放牧季节工", "农牧季节工", "152502", "6500.00", PayUnit.MONTH, DEC_1, DEC_1.plusDays(90), JobStatus.OPEN, T0.plusSeconds(30));
    static final Job FILLED = TestJobs.job(5, "商场保洁", "保洁", "150102", "200.00", PayUnit.DAY, DEC_1, DEC_1, JobStatus.FILLED, T0.plusSeconds(300));

    static final JobIndex INDEX = JobIndex.of(Stream.of(CLEANER, LABOURER, MOVER, HERDER, FILLED)
            .map(job -> IndexedJob.of(job, IndexedJob.initialsFor(job))).toList());

    static List<Long> ids(JobQuery query) {
        return INDEX.search(query).jobs().stream().map(Job::id).toList();
    }

    @Test
    void findsJobsByPinyinInitials() {
        assertThat(ids(JobQuery.all().withText("bj"))).containsExactly(1L);
        assertThat(ids(JobQuery.all().withText("jzxg"))).containsExactly(2L);
        assertThat(ids(JobQuery.all().withText("BY"))).containsExactly(3L);
    }

    @Test
    void findsJobsByChineseTextAndRequiresEveryWord() {
        assertThat(ids(JobQuery.all().withText("保洁"))).containsExactly(1L);
        assertThat(ids(JobQuery.all().withText("季节 牧区"))).containsExactly(4L);
        assertThat(ids(JobQuery.all().withText("季节 保洁"))).isEmpty();
    }

    @Test
    void filtersByCategoryAndByDistrictOrWholeRegion() {
        assertThat(ids(JobQuery.all().withCategory("保洁"))).containsExactly(1L);
        assertThat(ids(JobQuery.all().withDistrict("150102"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(JobQuery.all().withDistrict("15"))).hasSize(4);
    }

    @Test
    void filtersByDailyPayAcrossPayUnits() {
        assertThat(ids(JobQuery.all().withMinDailyPay(new BigDecimal("240"))))
                .containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(ids(JobQuery.all().withMinDailyPay(new BigDecimal("250.01"))))
                .containsExactlyInAnyOrder(2L);
    }

    @Test
    void filtersByWorkDate() {
        assertThat(ids(JobQuery.all().withWorkDate(DEC_1.plusDays(10)))).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void sortsByNewestPayOrWorkDate() {
        assertThat(ids(JobQuery.all())).containsExactly(3L, 2L, 4L, 1L);
        assertThat(ids(JobQuery.all().sortedBy(JobSort.PAY))).containsExactly(2L, 4L, 3L, 1L);
        assertThat(ids(JobQuery.all().sortedBy(JobSort.WORK_DATE))).containsExactly(4L, 1L, 2L, 3L);
    }

    @Test
    void leavesOutFilledAndClosedJobsUnlessAsked() {
        assertThat(ids(JobQuery.all().withText("bj").withClosed(true))).containsExactly(5L, 1L);
    }

    @Test
    void pagesAndCountsAllMatches() {
        JobSearchResult page = INDEX.search(JobQuery.all().page(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.jobs()).extracting(Job::id).containsExactly(2L, 4L);
    }

    @Test
    void listsCategoriesMostJobsFirst() {
        assertThat(INDEX.categories()).first().isEqualTo("保洁");
    }
}
