package org.lingong.platform.client.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.client.catalog.CatalogBenchAccess;
import org.lingong.platform.client.catalog.JobQuery;
import org.lingong.platform.client.catalog.JobSearchResult;
import org.lingong.platform.client.catalog.JobSort;
import org.lingong.platform.client.catalog.PinyinInitials;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Offline job search over a catalog of 50,000 fictional jobs (categories and counties of the platform's seed tables),
 * one query shape per run: 25 queries of that shape are asked in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogSearchBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int QUERIES = 25;

    @Param({"category", "district", "regionPayByPay", "pinyinInitials", "twoLettersByDate", "textAndDate",
        "categoryRegionByPay", "minPayByPay"})
    public String shape;

    @Param("50000")
    public int jobs;

    private CatalogBenchAccess index;
    private List<JobQuery> queries;
    private int next;

    @Setup
    public void setUp() throws Exception {
        BenchJobs generator = new BenchJobs(20_261_127L);
        index = CatalogBenchAccess.index(CatalogBenchAccess.withInitials(generator.generate(jobs, TODAY)));
        queries = queries(generator, new Random(7));
    }

    @Benchmark
    public JobSearchResult search() {
        next = (next + 1) % QUERIES;
        return index.search(queries.get(next));
    }

    private List<JobQuery> queries(BenchJobs generator, Random random) {
        List<JobQuery> list = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            BenchJobs.Category category = generator.categories.get(random.nextInt(generator.categories.size()));
            String county = generator.counties.get(random.nextInt(generator.counties.size())).code();
            String initials = PinyinInitials.of(category.name()).iterator().next();
            list.add(switch (shape) {
                case "category" -> JobQuery.all().withCategory(category.name());
                case "district" -> JobQuery.all().withDistrict(county);
                case "regionPayByPay" -> JobQuery.all().withDistrict(county.substring(0, 4))
                        .withMinDailyPay(BigDecimal.valueOf(200 + random.nextInt(200))).sortedBy(JobSort.PAY);
                case "pinyinInitials" -> JobQuery.all().withText(initials);
                case "twoLettersByDate" -> JobQuery.all().withText(initials.substring(0, Math.min(2, initials.length())))
                        .sortedBy(JobSort.WORK_DATE);
                case "textAndDate" -> JobQuery.all().withText(category.name()).withWorkDate(TODAY.plusDays(random.nextInt(60)));
                case "categoryRegionByPay" -> JobQuery.all().withCategory(category.name())
                        .withDistrict(county.substring(0, 4)).sortedBy(JobSort.PAY);
                case "minPayByPay" -> JobQuery.all().withMinDailyPay(BigDecimal.valueOf(150 + random.nextInt(300)))
                        .sortedBy(JobSort.PAY);
                default -> throw new IllegalArgumentException("unknown query shape " + shape);
            });
        }
        return list;
    }
}
