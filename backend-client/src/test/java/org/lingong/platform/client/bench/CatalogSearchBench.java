package org.lingong.platform.client.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.catalog.CatalogBenchAccess;
import org.lingong.platform.client.catalog.JobQuery;
import org.lingong.platform.client.catalog.JobSort;
import org.lingong.platform.client.catalog.PinyinInitials;

/**
 * Search latency over a 50,000-job catalog: a mix of category, district, pay, date, Chinese text and
 * pinyin-initials queries, p50/p99 per query after warm-up. Run on demand:
 * {@code java -cp <test classpath> org.lingong.platform.client.bench.CatalogSearchBench}.
 */
public final class CatalogSearchBench {

    private CatalogSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        LocalDate today = LocalDate.of(2026, 11, 27);
        BenchJobs generator = new BenchJobs(20_261_127L);
        List<Job> catalog = generator.generate(jobs, today);
        long initialsStart = System.nanoTime();
        var indexed = CatalogBenchAccess.withInitials(catalog);
        long initialsMillis = (System.nanoTime() - initialsStart) / 1_000_000;
        long indexStart = System.nanoTime();
        CatalogBenchAccess index = CatalogBenchAccess.index(indexed);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        List<JobQuery> queries = queries(generator, today);
        for (int i = 0; i < 3_000; i++) {
            index.search(queries.get(i % queries.size()));
        }
        int runs = 20_000;
        long[] nanos = new long[runs];
        long totalMatches = 0;
        for (int i = 0; i < runs; i++) {
            JobQuery query = queries.get(i % queries.size());
            long start = System.nanoTime();
            totalMatches += index.search(query).total();
            nanos[i] = System.nanoTime() - start;
        }
        printPerShape(nanos, queries.size());
        Arrays.sort(nanos);
        System.out.printf("catalog: %d jobs, pinyin initials (sync-time work) %d ms, in-memory index built in %d ms; %d query shapes, %d runs%n",
                jobs, initialsMillis, indexMillis, queries.size(), runs);
        System.out.printf("search latency: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (mean matches %d)%n",
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6,
                totalMatches / runs);
    }

    /** p50/p99 per query shape (i % 8 in {@link #queries}), to see which kind is slow. */
    private static void printPerShape(long[] nanos, int shapes) {
        String[] names = {"category", "district", "region+pay, by pay", "pinyin initials", "2-letter pinyin, by date",
            "text+date", "category+region, by pay", "min pay, by pay"};
        for (int shape = 0; shape < 8; shape++) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < nanos.length; i++) {
                if ((i % shapes) % 8 == shape) {
                    times.add(nanos[i]);
                }
            }
            times.sort(null);
            System.out.printf("  %-26s p50 %.3f ms, p99 %.3f ms%n", names[shape], times.get(times.size() / 2) / 1e6,
                    times.get(times.size() * 99 / 100) / 1e6);
        }
    }

    private static List<JobQuery> queries(BenchJobs generator, LocalDate today) {
        Random random = new Random(7);
        List<JobQuery> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            BenchJobs.Category category = generator.categories.get(random.nextInt(generator.categories.size()));
            BenchJobs.County county = generator.counties.get(random.nextInt(generator.counties.size()));
            String initials = PinyinInitials.of(category.name()).iterator().next();
            JobQuery query = switch (i % 8) {
                case 0 -> JobQuery.all().withCategory(category.name());
                case 1 -> JobQuery.all().withDistrict(county.code());
                case 2 -> JobQuery.all().withDistrict(county.code().substring(0, 4)).withMinDailyPay(BigDecimal.valueOf(200 + random.nextInt(200)))
                        .sortedBy(JobSort.PAY);
                case 3 -> JobQuery.all().withText(initials);
                case 4 -> JobQuery.all().withText(initials.substring(0, Math.min(2, initials.length()))).sortedBy(JobSort.WORK_DATE);
                case 5 -> JobQuery.all().withText(category.name()).withWorkDate(today.plusDays(random.nextInt(60)));
                case 6 -> JobQuery.all().withCategory(category.name()).withDistrict(county.code().substring(0, 4)).sortedBy(JobSort.PAY);
                default -> JobQuery.all().withMinDailyPay(BigDecimal.valueOf(150 + random.nextInt(300))).sortedBy(JobSort.PAY);
            };
            queries.add(query);
        }
        return queries;
    }
}
