package org.lingong.platform.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/**
 * The index narrows candidates with bitsets and character-pair postings and walks presorted orders;
 * this checks it against a plain filter-and-sort over the same jobs for many random queries.
 */
class JobIndexOracleTest {

    static final String[] CATEGORIES = {"保洁", "建筑小工", "搬运", "农牧季节工", "家政", "厨师", "长期工"};
    static final String[] DISTRICTS = {"150102", "150105", "150203", "150204", "152502", "150781"};
    static final String[] WORDS = {"招", "急招", "日结", "银行", "长", "人", "商场", "小区", "工"};
    static final LocalDate DAY0 = LocalDate.of(2026, 12, 1);

    @Test
    void searchGivesTheSameJobsInTheSameOrderAsAPlainFilter() {
        Random random = new Random(42);
        List<Job> jobs = randomJobs(random, 1500);
        List<IndexedJob> indexed = jobs.stream().map(job -> IndexedJob.of(job, IndexedJob.initialsFor(job))).toList();
        JobIndex index = JobIndex.of(indexed);

        for (int i = 0; i < 600; i++) {
            JobQuery query = randomQuery(random, indexed);
            JobSearchResult expected = naive(indexed, query);
            JobSearchResult actual = index.search(query);
            assertThat(actual.total()).as("total for %s", query).isEqualTo(expected.total());
            assertThat(actual.jobs()).as("page for %s", query).extracting(Job::id)
                    .containsExactlyElementsOf(expected.jobs().stream().map(Job::id).toList());
        }
    }

    static List<Job> randomJobs(Random random, int count) {
        List<Job> jobs = new ArrayList<>();
        PayUnit[] units = PayUnit.values();
        for (int id = 1; id <= count; id++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String title = WORDS[random.nextInt(WORDS.length)] + category + WORDS[random.nextInt(WORDS.length)];
            LocalDate start = DAY0.plusDays(random.nextInt(30));
            jobs.add(TestJobs.job(id, title, category, DISTRICTS[random.nextInt(DISTRICTS.length)],
                    (50 + random.nextInt(400)) + ".00", units[random.nextInt(units.length)], start,
                    start.plusDays(random.nextInt(20)), random.nextInt(8) == 0 ? JobStatus.CLOSED : JobStatus.OPEN,
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(random.nextInt(100) * 60L)));
        }
        return jobs;
    }

    static JobQuery randomQuery(Random random, List<IndexedJob> jobs) {
        JobQuery query = JobQuery.all().sortedBy(JobSort.values()[random.nextInt(3)])
                .page(random.nextInt(3) == 0 ? random.nextInt(40) : 0, 1 + random.nextInt(30))
                .withClosed(random.nextInt(4) == 0);
        if (random.nextBoolean()) {
            query = query.withCategory(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        if (random.nextInt(3) == 0) {
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            query = query.withDistrict(district.substring(0, 1 + random.nextInt(6)));
        }
        if (random.nextInt(3) == 0) {
            query = query.withMinDailyPay(BigDecimal.valueOf(100 + random.nextInt(300)));
        }
        if (random.nextInt(4) == 0) {
            query = query.withWorkDate(DAY0.plusDays(random.nextInt(40)));
        }
        if (random.nextBoolean()) {
            IndexedJob sample = jobs.get(random.nextInt(jobs.size()));
            String source = random.nextBoolean() ? sample.job().title() : sample.initials().get(0);
            int from = random.nextInt(source.length());
            query = query.withText(source.substring(from, Math.min(source.length(), from + 1 + random.nextInt(3))));
        }
        return query;
    }

    /** The meaning of a query, written the slow and obvious way. */
    static JobSearchResult naive(List<IndexedJob> jobs, JobQuery query) {
        Predicate<IndexedJob> match = j -> query.includeClosed() || j.job().status() == JobStatus.OPEN;
        if (query.category() != null) {
            match = match.and(j -> j.job().category().equals(query.category()));
        }
        if (query.districtCode() != null) {
            match = match.and(j -> j.job().districtCode().startsWith(query.districtCode()));
        }
        if (query.minDailyPay() != null) {
            match = match.and(j -> IndexedJob.dailyPay(j.job()).compareTo(query.minDailyPay()) >= 0);
        }
        if (query.workDate() != null) {
            match = match.and(j -> !query.workDate().isBefore(j.job().startDate()) && !query.workDate().isAfter(j.job().endDate()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            for (String term : query.text().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                match = match.and(j -> j.text().contains(term)
                        || (term.matches("[a-z]+") && j.initials().stream().anyMatch(v -> v.contains(term))));
            }
        }
        Comparator<IndexedJob> newest = Comparator.comparing((IndexedJob j) -> j.job().updatedAt()).reversed()
                .thenComparing(Comparator.comparingLong((IndexedJob j) -> j.job().id()).reversed());
        Comparator<IndexedJob> pay = Comparator.comparingLong(IndexedJob::dailyPayCents).reversed().thenComparing(newest);
        Comparator<IndexedJob> order = switch (query.sort()) {
            case NEWEST -> newest;
            case PAY -> pay;
            case WORK_DATE -> Comparator.comparing((IndexedJob j) -> j.job().startDate()).thenComparing(pay);
        };
        List<IndexedJob> all = jobs.stream().filter(match).sorted(order).toList();
        List<Job> page = all.stream().skip(query.offset()).limit(query.limit()).map(IndexedJob::job).toList();
        return new JobSearchResult(all.size(), page);
    }
}
